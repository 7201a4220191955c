// A WASI command around the rules module, for comparing it with the native command line:
// it reads lines `FUNCTION<TAB>JSON` from standard input and writes one answer per line, exactly as
// `childcare-rules app --batch -` does. At the end it writes the allocator's figures to standard error.
// Only this harness imports anything (WASI's fd_read, fd_write, proc_exit); the web module imports nothing.

typedef __SIZE_TYPE__ size_t;

struct iovec { const void *base; size_t length; };

__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_read")))
int wasi_fd_read(int fd, struct iovec *vectors, size_t count, size_t *read);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("fd_write")))
int wasi_fd_write(int fd, const struct iovec *vectors, size_t count, size_t *written);
__attribute__((import_module("wasi_snapshot_preview1"), import_name("proc_exit")))
_Noreturn void wasi_proc_exit(int code);

void *malloc(size_t size);
void *realloc(void *pointer, size_t size);
void free(void *pointer);
unsigned char *cr_respond(const unsigned char *name, int nameLength, const unsigned char *request, int length);
int cr_result_length(void);
size_t cr_runtime_free_bytes(void);
size_t cr_runtime_heap_bytes(void);

static void write_all(int fd, const void *bytes, size_t length) {
    const unsigned char *at = bytes;
    while (length) {
        struct iovec vector = { at, length };
        size_t written = 0;
        if (wasi_fd_write(fd, &vector, 1, &written) != 0 || written == 0) wasi_proc_exit(3);
        at += written;
        length -= written;
    }
}

static void write_number(int fd, size_t value) {
    char digits[24];
    int index = 24;
    do { digits[--index] = (char)('0' + value % 10); value /= 10; } while (value);
    write_all(fd, digits + index, (size_t)(24 - index));
}

static void answer(const unsigned char *line, size_t length) {
    size_t tab = 0;
    while (tab < length && line[tab] != '\t') ++tab;
    const unsigned char *request = tab < length ? line + tab + 1 : line + length;
    size_t requestLength = tab < length ? length - tab - 1 : 0;
    unsigned char *result = cr_respond(line, (int)tab, request, (int)requestLength);
    write_all(1, result, (size_t)cr_result_length());
    write_all(1, "\n", 1);
    free(result);
}

void _start(void) {
    size_t capacity = 1 << 16, used = 0;
    unsigned char *input = malloc(capacity);
    for (;;) {
        if (used == capacity) {
            capacity *= 2;
            input = realloc(input, capacity);
            if (!input) wasi_proc_exit(4);
        }
        struct iovec vector = { input + used, capacity - used };
        size_t read = 0;
        if (wasi_fd_read(0, &vector, 1, &read) != 0) wasi_proc_exit(2);
        if (read == 0) break;
        used += read;
    }
    size_t start = 0;
    for (size_t index = 0; index < used; ++index) {
        if (input[index] != '\n') continue;
        answer(input + start, index - start);
        start = index + 1;
    }
    if (start < used) answer(input + start, used - start);
    free(input);
    write_all(2, "heap bytes ", 11);
    write_number(2, cr_runtime_heap_bytes());
    write_all(2, ", free bytes ", 13);
    write_number(2, cr_runtime_free_bytes());
    write_all(2, "\n", 1);
    wasi_proc_exit(0);
}
