import Foundation

/// Finding and reading scenario files. The only place the package touches the file system.
public enum ScenarioFiles {
    /// Every `.json` file at `paths`: files as given, folders searched recursively, sorted by path.
    ///
    /// - Throws: ``ScenarioError`` naming a path that does not exist.
    public static func expand(_ paths: [String]) throws(ScenarioError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ScenarioError(file: path, path: nil, message: "no such file or folder")
            }
            if isDirectory.boolValue {
                let enumerator = manager.enumerator(atPath: path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    if relative.hasSuffix(".json") {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``ScenarioError`` naming the file when it cannot be read.
    public static func bytes(at path: String) throws(ScenarioError) -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError(file: path, path: nil, message: "the file cannot be read")
        }
        return [UInt8](data)
    }

    /// Reads the scenario in the file at `path`, naming the file (by its last path component) in errors.
    ///
    /// - Throws: ``ScenarioError``.
    public static func scenario(at path: String) throws(ScenarioError) -> Scenario {
        try Scenario.read(try bytes(at: path), file: (path as NSString).lastPathComponent)
    }
}
