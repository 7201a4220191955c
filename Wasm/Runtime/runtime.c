// The freestanding C runtime the Embedded Swift build of the rules needs on wasm32: memory allocation that
// frees and reuses, the mem* functions, and the two services Embedded Swift asks of its platform
// (`arc4random_buf` for hash seeds, `putchar` for `print`). It has no imports: a browser gives a module
// its linear memory, and memory.grow is an instruction, so nothing else is needed.
//
// The allocator keeps free blocks in one list ordered by address. Allocation takes the first block that
// fits and splits off the rest; freeing puts the block back in its place and merges it with the free
// blocks right before and after it, so memory that is given back is reused and does not fragment into
// pieces too small to use. When nothing fits, the memory grows by whole 64 KiB pages.

typedef __SIZE_TYPE__ size_t;
typedef __UINTPTR_TYPE__ uintptr_t;

#define HEADER 16u
#define ALIGN 16u
#define MINIMUM_BLOCK 32u
#define USED 0x55534544u /* "USED" */
#define FREE 0x46524545u /* "FREE" */
#define OFFSET 0x4f464653u /* "OFFS": an aligned payload inside a larger block */
#define PAGE 65536u

struct block {
    size_t size;          // the whole block, header included, a multiple of ALIGN
    unsigned int tag;     // USED, FREE, or OFFSET
    unsigned int offset;  // for OFFSET: how far the payload lies past the block's own payload
    struct block *next;   // the next free block (only while free; overlaps the payload)
};

extern unsigned char __heap_base;

static struct block *free_list = 0;
static uintptr_t heap_end = 0;  // the first byte not yet carved into blocks
static uintptr_t heap_top = 0;  // the end of linear memory

static uintptr_t align_up(uintptr_t value, uintptr_t alignment) {
    return (value + alignment - 1) & ~(alignment - 1);
}

static void insert_free(struct block *block) {
    block->tag = FREE;
    struct block *previous = 0;
    struct block *current = free_list;
    while (current && current < block) {
        previous = current;
        current = current->next;
    }
    block->next = current;
    if (previous) previous->next = block; else free_list = block;
    // Merge with the next block, then with the previous one, when they touch.
    if (current && (uintptr_t)block + block->size == (uintptr_t)current) {
        block->size += current->size;
        block->next = current->next;
    }
    if (previous && (uintptr_t)previous + previous->size == (uintptr_t)block) {
        previous->size += block->size;
        previous->next = block->next;
    }
}

static int grow(size_t bytes) {
    if (heap_top == 0) {
        heap_end = align_up((uintptr_t)&__heap_base, ALIGN);
        heap_top = (uintptr_t)__builtin_wasm_memory_size(0) * PAGE;
    }
    if (heap_top - heap_end >= bytes) return 1;
    size_t missing = bytes - (heap_top - heap_end);
    size_t pages = (missing + PAGE - 1) / PAGE;
    if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
    heap_top += pages * PAGE;
    return 1;
}

static void *allocate(size_t size) {
    if (size > ((size_t)1 << 30)) return 0;
    size_t need = align_up(size + HEADER, ALIGN);
    if (need < MINIMUM_BLOCK) need = MINIMUM_BLOCK;
    struct block *previous = 0;
    for (struct block *block = free_list; block; previous = block, block = block->next) {
        if (block->size < need) continue;
        struct block *rest = block->next;
        if (block->size - need >= MINIMUM_BLOCK) {
            struct block *tail = (struct block *)((uintptr_t)block + need);
            tail->size = block->size - need;
            tail->tag = FREE;
            tail->next = rest;
            rest = tail;
            block->size = need;
        }
        if (previous) previous->next = rest; else free_list = rest;
        block->tag = USED;
        block->offset = 0;
        return (unsigned char *)block + HEADER;
    }
    if (!grow(need)) return 0;
    struct block *block = (struct block *)heap_end;
    heap_end += need;
    block->size = need;
    block->tag = USED;
    block->offset = 0;
    return (unsigned char *)block + HEADER;
}

static struct block *owner(void *pointer) {
    struct block *header = (struct block *)((unsigned char *)pointer - HEADER);
    if (header->tag == OFFSET) header = (struct block *)((unsigned char *)header - header->offset);
    return header;
}

void *malloc(size_t size) { return allocate(size); }

void free(void *pointer) {
    if (!pointer) return;
    struct block *block = owner(pointer);
    if (block->tag != USED) __builtin_trap(); // a double free or a foreign pointer: stop, never corrupt
    insert_free(block);
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment <= ALIGN) {
        void *pointer = allocate(size);
        if (!pointer) return 12; // ENOMEM
        *result = pointer;
        return 0;
    }
    if (alignment & (alignment - 1)) return 22; // EINVAL
    unsigned char *base = allocate(size + alignment + HEADER);
    if (!base) return 12;
    uintptr_t aligned = align_up((uintptr_t)base + HEADER, alignment);
    struct block *marker = (struct block *)(aligned - HEADER);
    marker->tag = OFFSET;
    marker->offset = (unsigned int)(aligned - (uintptr_t)base);
    marker->size = 0;
    *result = (void *)aligned;
    return 0;
}

void *aligned_alloc(size_t alignment, size_t size) {
    void *pointer = 0;
    return posix_memalign(&pointer, alignment, size) == 0 ? pointer : 0;
}

void *memcpy(void *destination, const void *source, size_t count);
void *memset(void *destination, int value, size_t count);

void *calloc(size_t count, size_t size) {
    if (size && count > ((size_t)-1) / size) return 0;
    void *pointer = allocate(count * size);
    if (pointer) memset(pointer, 0, count * size);
    return pointer;
}

void *realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    struct block *block = owner(pointer);
    size_t usable = block->size - HEADER - (size_t)((unsigned char *)pointer - ((unsigned char *)block + HEADER));
    if (size <= usable) return pointer;
    void *larger = allocate(size);
    if (!larger) return 0;
    memcpy(larger, pointer, usable);
    free(pointer);
    return larger;
}

void *memcpy(void *destination, const void *source, size_t count) {
    unsigned char *to = destination;
    const unsigned char *from = source;
    while (count--) *to++ = *from++;
    return destination;
}

void *memmove(void *destination, const void *source, size_t count) {
    unsigned char *to = destination;
    const unsigned char *from = source;
    if (to < from) {
        while (count--) *to++ = *from++;
    } else if (to > from) {
        to += count;
        from += count;
        while (count--) *--to = *--from;
    }
    return destination;
}

void *memset(void *destination, int value, size_t count) {
    unsigned char *to = destination;
    while (count--) *to++ = (unsigned char)value;
    return destination;
}

int memcmp(const void *left, const void *right, size_t count) {
    const unsigned char *a = left;
    const unsigned char *b = right;
    for (; count; --count, ++a, ++b) {
        if (*a != *b) return *a < *b ? -1 : 1;
    }
    return 0;
}

size_t strlen(const char *text) {
    size_t length = 0;
    while (text[length]) ++length;
    return length;
}

// Hash seeds. The module serves one parent's page and takes no input from others, so a fixed seed
// (no hash-flooding defence) is acceptable, and it keeps every run reproducible.
void arc4random_buf(void *buffer, size_t count) {
    unsigned char *bytes = buffer;
    unsigned int state = 0x9e3779b9u;
    for (size_t index = 0; index < count; ++index) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        bytes[index] = (unsigned char)state;
    }
}

// `print` output goes nowhere: the rules never print, and a browser has no standard output.
int putchar(int character) { return character; }

// The allocator's own view, for the harness's leak check: bytes in free blocks and bytes ever carved.
size_t cr_runtime_free_bytes(void) {
    size_t total = 0;
    for (struct block *block = free_list; block; block = block->next) total += block->size;
    return total;
}

size_t cr_runtime_heap_bytes(void) {
    return heap_end ? heap_end - align_up((uintptr_t)&__heap_base, ALIGN) : 0;
}

// 128-bit multiplication, which Swift's overflow-checked 64-bit arithmetic asks for on wasm32 (there is
// no compiler-rt here). The halves go through a union, because wasm lowers 128-bit shifts to libcalls too.
typedef unsigned long long u64;
typedef union { __int128 value; struct { u64 low, high; } half; } wide;

__int128 __multi3(__int128 left, __int128 right) {
    wide a = { .value = left }, b = { .value = right }, result;
    u64 a0 = a.half.low & 0xffffffffu, a1 = a.half.low >> 32;
    u64 b0 = b.half.low & 0xffffffffu, b1 = b.half.low >> 32;
    u64 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    u64 middle = (p00 >> 32) + (p01 & 0xffffffffu) + (p10 & 0xffffffffu);
    result.half.low = (p00 & 0xffffffffu) | (middle << 32);
    result.half.high = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32)
        + a.half.low * b.half.high + a.half.high * b.half.low;
    return result.value;
}
