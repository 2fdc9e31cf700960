import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program on a real pseudo-terminal, as if a person sat at it: the
/// program sees a terminal on stdin/stdout/stderr, Ctrl-C typed on the
/// keyboard becomes SIGINT, and readline does its real line editing.
final class PseudoTerminalProcess {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen shows:\n\(screen)" }
    }

    let pid: pid_t
    private let master: Int32
    private var bytes: [UInt8] = []
    /// How much of the cleaned output earlier expectations have consumed.
    private var consumed: String.Index?
    private(set) var exitStatus: Int32?

    init(
        executable: URL, arguments: [String], directory: URL, environment: [String: String] = [:],
        columns: UInt16 = 110, rows: UInt16 = 40
    ) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        // ttyname_r, not ttyname: tests start terminals on several threads at
        // once, and ttyname's shared buffer then hands out another terminal's name.
        var name = [CChar](repeating: 0, count: 256)
        guard ttyname_r(slave, &name, name.count) == 0 else { throw POSIXError(.EIO) }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        self.master = master

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        // Opened after setsid, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // POSIX_SPAWN_SETSID (0x80 in glibc), which Swift does not see because
        // glibc declares it only under _GNU_SOURCE.
        // A shell starts programs with no signals blocked and default handlers;
        // test runner threads may block some, so reset both
        // (POSIX_SPAWN_SETSIGDEF 0x04, POSIX_SPAWN_SETSIGMASK 0x08).
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(0x80 | 0x04 | 0x08))

        var variables = [
            "TERM": "xterm", "LANG": "C.UTF-8", "INPUTRC": "/dev/null", "HOME": directory.path,
            "PATH": BuiltBinary.searchPath,
        ]
        variables.merge(environment) { $1 }
        // `env -C` starts the program in `directory` (posix_spawn's chdir action is
        // hidden from Swift too); env execs it, so the pid and terminal stay the same.
        let launcher = "/usr/bin/env"
        let argv = ([launcher, "-C", directory.path, executable.path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv + envp { free(pointer) }
        }
        var child: pid_t = 0
        let result = posix_spawn(&child, launcher, &actions, &attributes, argv, envp)
        close(slave)
        guard result == 0 else {
            close(master)
            throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO)
        }
        pid = child
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Ends the program at once, as a power cut or `kill -9` would: no chance to save.
    func killNow() throws -> Int32 {
        kill(pid, SIGKILL)
        return try waitForExit()
    }

    /// Types text; "\r" is Enter, "\t" Tab, "\u{03}" Ctrl-C, "\u{04}" Ctrl-D, "\u{01}" Ctrl-A,
    /// "\u{1A}" Ctrl-Z, "\u{7F}" Backspace. Long text is written in full, as a fast typist would.
    func type(_ text: String) {
        let data = Array(text.utf8)
        var offset = 0
        while offset < data.count {
            let written = data.withUnsafeBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    /// Resizes the window, as dragging its corner does: the terminal reports
    /// the new size and sends SIGWINCH to the program.
    func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    /// Sends a signal to the program, as the shell or another program would.
    func send(_ signal: Int32) {
        kill(pid, signal)
    }

    /// Waits until the program shows anything more.
    func waitForOutput(timeout: Duration = .seconds(15)) throws {
        let count = bytes.count
        let deadline = ContinuousClock.now + timeout
        while bytes.count == count {
            if ContinuousClock.now > deadline || (!pump(milliseconds: 20) && exitStatus != nil) {
                throw Timeout(waitingFor: "more output", screen: String(screen.suffix(1500)))
            }
        }
    }

    /// True when the terminal is in its normal mode (echo and whole lines),
    /// as a program must leave it when it ends or stops.
    var terminalIsRestored: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        let needed = tcflag_t(ECHO | ICANON)
        return settings.c_lflag & needed == needed
    }

    /// Everything the program wrote, escape sequences included.
    var rawOutput: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Everything shown so far, without terminal escape sequences and carriage returns.
    var screen: String {
        Self.clean(String(decoding: bytes, as: UTF8.self))
    }

    /// Waits until one of `texts` appears after what earlier expectations consumed;
    /// returns the one seen and moves past it.
    @discardableResult
    func expect(_ texts: [String], timeout: Duration = .seconds(15)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let shown = screen
            let start = consumed.flatMap { $0 <= shown.endIndex ? $0 : nil } ?? shown.startIndex
            let matches = texts.compactMap { text in
                shown.range(of: text, range: start..<shown.endIndex).map { (text, $0) }
            }
            if let first = matches.min(by: { $0.1.lowerBound < $1.1.lowerBound }) {
                consumed = first.1.upperBound
                return first.0
            }
            if ContinuousClock.now > deadline || (!pump(milliseconds: 50) && exitStatus != nil) {
                throw Timeout(
                    waitingFor: texts.map { "\"\($0)\"" }.joined(separator: " or "), screen: String(shown.suffix(1500)))
            }
        }
    }

    func expect(_ text: String, timeout: Duration = .seconds(15)) throws {
        try expect([text], timeout: timeout)
    }

    /// Waits for the program to end, reading its output meanwhile; returns its exit status
    /// (128 + signal number when a signal ended it, as a shell reports it).
    func waitForExit(timeout: Duration = .seconds(15)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while exitStatus == nil {
            if ContinuousClock.now > deadline { throw Timeout(waitingFor: "the program to exit", screen: screen) }
            _ = pump(milliseconds: 20)
        }
        while pump(milliseconds: 20) {}
        return exitStatus!
    }

    /// Reads what is available; returns false when nothing more can come.
    private func pump(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        var gotData = false
        if poll(&descriptor, 1, milliseconds) > 0 {
            var buffer = [UInt8](repeating: 0, count: 8192)
            let count = read(master, &buffer, buffer.count)
            if count > 0 {
                bytes += buffer[0..<count]
                gotData = true
            }
        }
        if exitStatus == nil {
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7F
                exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
            }
        }
        return gotData || exitStatus == nil
    }

    /// Drops CSI and OSC escape sequences, other escapes, carriage returns and bells.
    static func clean(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            switch scalar {
            case "\u{1B}":
                guard let next = iterator.next() else { break }
                if next == "[" {
                    while let c = iterator.next(), !(0x40...0x7E).contains(c.value) {}
                } else if next == "]" {
                    while let c = iterator.next(), c != "\u{07}" {}
                }
            case "\r", "\u{07}":
                continue
            default:
                output.append(scalar)
            }
        }
        return String(output)
    }
}
