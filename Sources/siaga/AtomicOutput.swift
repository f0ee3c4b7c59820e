import Foundation

/// An output that could not be written.
struct OutputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "\(path): error: cannot write output: \(reason)" }
}

/// Writes a folder of outputs all at once: files go into a hidden sibling folder, which is renamed
/// into place only when every file is written, so that a failed run leaves no half-written output.
struct AtomicFolder {
    let destination: String
    let staging: String

    /// - Parameter replace: allow replacing an existing non-empty folder.
    init(_ destination: String, replace: Bool) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: destination, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw OutputError(path: destination, reason: "a file with that name exists (expected a folder or nothing)")
            }
            let contents = (try? manager.contentsOfDirectory(atPath: destination)) ?? []
            guard contents.isEmpty || replace else {
                throw OutputError(path: destination, reason: "the folder exists and is not empty (pass --force to replace it)")
            }
        }
        let url = URL(fileURLWithPath: destination).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputError(path: destination, reason: "cannot create the parent folder \(parent)")
        }
        self.destination = url.path
        staging = parent + "/." + url.lastPathComponent + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        try? manager.removeItem(atPath: staging)
        do {
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: false)
        } catch {
            throw OutputError(path: destination, reason: "cannot create a folder next to it (\(error.localizedDescription))")
        }
    }

    /// Writes one file into the staging folder; a name with slashes (`plans/doctrine/plan.json`)
    /// creates the folders it names.
    func write(_ name: String, _ bytes: [UInt8]) throws {
        let path = staging + "/" + name
        if name.contains("/") {
            let folder = (path as NSString).deletingLastPathComponent
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                discard()
                throw OutputError(path: destination + "/" + name, reason: "its folder could not be created")
            }
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            discard()
            throw OutputError(path: destination + "/" + name, reason: "the file could not be written")
        }
    }

    func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

    /// Creates an empty file in the staging folder and opens it for streaming writes.
    func stream(_ name: String) throws -> FileHandle {
        let path = staging + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            discard()
            throw OutputError(path: destination + "/" + name, reason: "the file could not be created")
        }
        return handle
    }

    /// Moves the finished folder into place, replacing what was there.
    func commit() throws {
        let manager = FileManager.default
        let old = staging + ".old"
        if manager.fileExists(atPath: destination) {
            do { try manager.moveItem(atPath: destination, toPath: old) } catch {
                discard()
                throw OutputError(path: destination, reason: "the existing folder could not be replaced")
            }
        }
        do { try manager.moveItem(atPath: staging, toPath: destination) } catch {
            if manager.fileExists(atPath: old) { try? manager.moveItem(atPath: old, toPath: destination) }
            discard()
            throw OutputError(path: destination, reason: "the finished output could not be moved into place")
        }
        try? manager.removeItem(atPath: old)
    }

    /// Removes the staging folder after a failure.
    func discard() { try? FileManager.default.removeItem(atPath: staging) }
}
