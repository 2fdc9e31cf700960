@preconcurrency import CReadline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How readline gets its keys (`rl_getc_function`): one byte at a time from
/// the terminal, waiting on the keyboard and on the Ctrl-C wake-up pipe at
/// once, so a Ctrl-C is never missed.
///
/// Why (issue 14, item 9): the wizard used to let readline catch SIGINT
/// itself (`rl_catch_signals`) and polled a flag from `rl_event_hook`. With
/// an event hook readline asks the terminal how many bytes are waiting
/// (FIONREAD) and then reads them with its own `rl_getc`, which blocks in
/// `pselect` and, on EINTR from SIGINT, only runs readline's signal cleanup
/// and waits again; it never calls the event hook. A Ctrl-C typed while
/// keys are still arriving (Enter for the previous prompt, a paste, fast
/// typing) makes the terminal driver discard the unread bytes. When that
/// happened between readline's FIONREAD and its read, readline waited for
/// bytes that were gone: the flag was set but nobody looked at it, and every
/// further Ctrl-C only repeated the wait. On a pseudo-terminal this lost
/// the Ctrl-C in about 2–5 % of long pastes cut short with Ctrl-C, and in
/// about one try in three of fast typing (a key held down and rubbed out)
/// followed by Ctrl-C within a few milliseconds.
///
/// Now readline catches no signals (`rl_catch_signals = 0`); the wizard's
/// SIGINT handler sets the flag and writes to a pipe, and this reader checks
/// the flag and then waits for the keyboard or that pipe with `poll`. A
/// Ctrl-C after the check makes the pipe readable, so the wait ends at once
/// and readline returns. The key itself is read without blocking, from a
/// descriptor of the reader's own: bytes that `poll` saw may be gone by the
/// time they are read (the same Ctrl-C discarded them), and a blocking read
/// would then wait just as readline's did. No event hook is installed, so
/// nothing polls on a timer.
enum ReadlineInput {
    /// The terminal opened a second time, non-blocking: setting O_NONBLOCK on
    /// standard input itself would also change it for the shell. -1 when it
    /// could not be opened; standard input is read then. Set once before
    /// readline runs and read only on its thread, so a plain global is safe.
    nonisolated(unsafe) private static var keyboard: Int32 = -1

    /// Opens the reader's own descriptor on the terminal of `descriptor`.
    /// Called once, before the first line is read.
    static func openKeyboard(for descriptor: Int32) {
        var name = [CChar](repeating: 0, count: 256)
        guard keyboard < 0, ttyname_r(descriptor, &name, name.count) == 0 else { return }
        keyboard = open(name, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    }

    /// The next key for readline, or READERR/EOF to end the line after Ctrl-C
    /// or at the end of input.
    static func nextKey(from standardInput: Int32) -> Int32 {
        let descriptor = keyboard >= 0 ? keyboard : standardInput
        while true {
            if InterruptSignal.isRequested { return endOfLine }
            if handleLineEditingSignals() { continue }
            var waits = [
                pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                pollfd(fd: InterruptSignal.wakeDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&waits, nfds_t(waits[1].fd < 0 ? 1 : 2), -1)
            let failure = errno
            // A window resize interrupts the wait; readline redraws for it here.
            rl_check_signals()
            if ready < 0 {
                if failure == EINTR || failure == EAGAIN { continue }
                return endOfLine
            }
            if waits[1].revents != 0 {
                InterruptSignal.drainWakeups()
                continue
            }
            guard waits[0].revents != 0 else { continue }
            var byte: UInt8 = 0
            switch read(descriptor, &byte, 1) {
            case 1: return Int32(byte)
            case 0: return EOF
            default:
                // EAGAIN: the byte is gone (a Ctrl-C discarded it); wait again.
                if errno == EINTR || errno == EAGAIN { continue }
                return endOfLine
            }
        }
    }

    /// What ends the line after Ctrl-C or a read error, as readline's own
    /// `rl_getc` does: READERR while readline waits for a command key (it
    /// then returns nil at once), EOF in the middle of a key sequence or a
    /// paste (readline abandons it and asks for a command key, which is READERR).
    private static var endOfLine: Int32 {
        rl_readline_state & UInt(RL_STATE_READCMD) != 0 ? READERR : EOF
    }

    /// Ctrl-Z, `fg` and ending signals noted by `LineEditingSignals`, handled
    /// here outside the signal handler. Returns true when one was handled.
    private static func handleLineEditingSignals() -> Bool {
        let ending = LineEditingSignals.fatal.load(ordering: .relaxed)
        if ending != 0 {
            rl_cleanup_after_signal()  // Give the terminal back first.
            LineEditingSignals.dieBy(ending)
        }
        if LineEditingSignals.stopRequested.exchange(false, ordering: .relaxed) {
            rl_cleanup_after_signal()
            LineEditingSignals.stopNow()
            rl_reset_after_signal()
            redraw()
            return true
        }
        if LineEditingSignals.continued.exchange(false, ordering: .relaxed) {
            // Continued without Ctrl-Z (SIGSTOP from elsewhere).
            redraw()
            return true
        }
        return false
    }

    /// Shows the prompt and the half-typed line again on a line of their own
    /// (issue 14: after Ctrl-Z and `fg` they used to be missing until the
    /// next key). The shell or another program may have written meanwhile.
    private static func redraw() {
        LineEditingSignals.continued.store(false, ordering: .relaxed)
        rl_crlf()
        rl_forced_update_display()
    }
}
