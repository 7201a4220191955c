#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few process services the tool needs: standard error and the exit code.
enum ToolProcess {
    static func printError(_ text: String) {
        let line = text + "\n"
        var bytes = Array(line.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                write(2, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Writes `text` to the file at `path`, replacing it; false when the file cannot be written.
    static func writeFile(_ path: String, _ text: String) -> Bool {
        guard let file = fopen(path, "wb") else { return false }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in
            fwrite(buffer.baseAddress, 1, buffer.count, file)
        }
        return fclose(file) == 0 && written == bytes.count
    }

    /// Creates the directory at `path` when it does not exist yet; false when that fails.
    static func makeDirectory(_ path: String) -> Bool {
        mkdir(path, 0o755) == 0 || errno == EEXIST
    }

    static func exit(_ code: Int32) -> Never {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            #if canImport(Glibc)
                Glibc.exit(code)
            #elseif canImport(Musl)
                Musl.exit(code)
            #else
                Darwin.exit(code)
            #endif
        #endif
    }
}
