import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The signals other than Ctrl-C that matter while readline has the terminal
/// in its raw mode: Ctrl-Z (SIGTSTP), `fg` (SIGCONT), and those that end the
/// program (SIGTERM, SIGHUP, SIGQUIT).
///
/// Readline's own handling of signals is switched off (see `ReadlineInput`
/// for why), so the wizard does what it did: give the terminal back before
/// stopping or dying. The handlers only note the signal and wake the key
/// reader; the work is done by `ReadlineInput` outside the handler. They are
/// installed only while a line is being read; at other times the terminal is
/// in its normal mode and the default actions are right.
enum LineEditingSignals {
    /// Ctrl-Z was pressed: stop once the terminal is restored.
    static let stopRequested = Atomic<Bool>(false)
    /// The program was continued (after Ctrl-Z and `fg`, or SIGSTOP and SIGCONT).
    static let continued = Atomic<Bool>(false)
    /// A signal that ends the program, or 0.
    static let fatal = Atomic<Int32>(0)

    static let handled = [SIGTSTP, SIGCONT, SIGTERM, SIGHUP, SIGQUIT]

    /// The dispositions found by `install`, put back by `restore`. Only the
    /// thread that reads lines touches it, never a handler, so a plain global is safe.
    nonisolated(unsafe) private static var previous: [Int32: sigaction] = [:]

    /// Installs the handlers for the time readline reads a line.
    static func install() {
        _ = (stopRequested.load(ordering: .relaxed), continued.load(ordering: .relaxed), fatal.load(ordering: .relaxed))
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { LineEditingSignals.note($0) }
        #else
            action.__sigaction_u.__sa_handler = { LineEditingSignals.note($0) }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        for signal in handled {
            var old = sigaction()
            sigaction(signal, &action, &old)
            if isIgnored(old) {
                // Ignored by whoever started the wizard (nohup): leave it so.
                sigaction(signal, &old, nil)
            } else {
                previous[signal] = old
            }
        }
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
            let handler = action.__sigaction_handler.sa_handler
        #else
            let handler = action.__sigaction_u.__sa_handler
        #endif
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// Puts the earlier dispositions back, then acts on a signal that came
    /// after the last key was read: the terminal is already restored, so a
    /// stop or an ending signal can take effect now.
    static func restore() {
        for (signal, old) in previous {
            var old = old
            sigaction(signal, &old, nil)
        }
        previous = [:]
        continued.store(false, ordering: .relaxed)
        let ending = fatal.exchange(0, ordering: .relaxed)
        if ending != 0 { raise(ending) }
        if stopRequested.exchange(false, ordering: .relaxed) { raise(SIGTSTP) }
    }

    /// The handler: notes the signal and wakes the key reader (async-signal-safe).
    private static func note(_ signal: Int32) {
        switch signal {
        case SIGTSTP: stopRequested.store(true, ordering: .relaxed)
        case SIGCONT: continued.store(true, ordering: .relaxed)
        default: fatal.store(signal, ordering: .relaxed)
        }
        InterruptSignal.wake()
    }

    /// Gives `signal` its default action again; returns the handling it had.
    private static func restoreDefault(_ signal: Int32) -> sigaction {
        var action = sigaction()
        var old = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = SIG_DFL
        #else
            action.__sigaction_u.__sa_handler = SIG_DFL
        #endif
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, &old)
        return old
    }

    /// Ends the program by `signal` the default way (status 128 + signal).
    static func dieBy(_ signal: Int32) -> Never {
        _ = restoreDefault(signal)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        sigprocmask(SIG_UNBLOCK, &set, nil)
        raise(signal)
        _exit(128 + signal)  // SIGQUIT and the like may be ignored by a parent; still end.
    }

    /// Stops the program the default way, as Ctrl-Z does; returns once continued.
    static func stopNow() {
        var old = restoreDefault(SIGTSTP)
        raise(SIGTSTP)
        sigaction(SIGTSTP, &old, nil)
    }
}
