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
