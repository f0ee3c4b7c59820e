import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
struct ProgressBar {
    let total: Int
    let label: String
    let isEnabled: Bool
    let start = Date()
    private var lastDrawn = -1

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        isEnabled = isatty(STDERR_FILENO) == 1 && total > 1
    }

    mutating func update(_ done: Int) {
        guard isEnabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        guard filled != lastDrawn || done == total else { return }
        lastDrawn = filled
        let seconds = Date().timeIntervalSince(start)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = "\r[\(bar)] \(done)/\(total) \(label)  \(String(format: "%.1f", seconds)) s"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
