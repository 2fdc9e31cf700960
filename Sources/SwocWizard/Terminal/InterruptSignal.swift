import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns Ctrl-C into a flag the wizard checks, instead of the default of
/// dying on the spot: the wizard then saves, says how to resume, and exits
/// with status 130 like other well-behaved command-line tools.
///
/// The handler also writes a byte to a pipe (the "self-pipe" pattern), so
/// code that waits for a key can wait for that pipe too and never sleeps
/// through a Ctrl-C that came just after it last looked at the flag.
enum InterruptSignal {
    /// Set from the signal handler; an atomic is safe to touch there.
    static let requested = Atomic<Bool>(false)

    /// The pipe's write end, for the handler (-1 until installed).
    private static let wakeWriter = Atomic<Int32>(-1)
    /// The pipe's read end, for code that waits: readable after any Ctrl-C.
    private static let wakeReader = Atomic<Int32>(-1)

    /// Installs the handler without SA_RESTART, so a blocking read of piped
    /// input returns (EINTR) and the wizard notices the flag.
    static func install() {
        // Initialise the globals now, not inside the handler.
        _ = requested.load(ordering: .relaxed)
        if wakeWriter.load(ordering: .relaxed) < 0 {
            var ends: [Int32] = [-1, -1]
            if pipe(&ends) == 0 {
                // Non-blocking: the handler must never wait, nor a drain.
                for end in ends {
                    _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                    _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                }
                wakeReader.store(ends[0], ordering: .relaxed)
                wakeWriter.store(ends[1], ordering: .relaxed)
            }
        }
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in InterruptSignal.handle() }
        #else
            action.__sigaction_u.__sa_handler = { _ in InterruptSignal.handle() }
        #endif
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // A parent that blocked SIGINT would otherwise make Ctrl-C do nothing at all.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        sigprocmask(SIG_UNBLOCK, &interrupt, nil)
    }

    /// The first Ctrl-C sets the flag, which the wizard acts on at the next
    /// prompt (at once when a prompt is open). A second one before the wizard
    /// has acted on the first means it is busy elsewhere (a long computation,
    /// or writing to a terminal that has stopped reading): it stops the wizard
    /// on the spot (issue 14, item 8). That is safe because every answer is
    /// saved atomically as it is given; a save cut short leaves the previous
    /// file whole. Only async-signal-safe calls are made here, and nothing is
    /// written: the terminal may be the very thing that has stopped reading,
    /// and a write would block the handler for good.
    static func handle() {
        if requested.exchange(true, ordering: .relaxed) { _exit(130) }
        wake()
    }

    /// Forgets an earlier Ctrl-C, when the wizard needs one more answer after it.
    static func reset() {
        requested.store(false, ordering: .relaxed)
    }

    static var isRequested: Bool {
        requested.load(ordering: .relaxed)
    }

    /// Makes the wake-up pipe readable. Safe in a signal handler: one
    /// non-blocking write, errno left as it was. A full pipe is fine, it is
    /// readable already.
    static func wake() {
        let saved = errno
        var byte: UInt8 = 1
        _ = write(wakeWriter.load(ordering: .relaxed), &byte, 1)
        errno = saved
    }

    /// The descriptor to wait on next to the keyboard (-1 before `install`).
    static var wakeDescriptor: Int32 {
        wakeReader.load(ordering: .relaxed)
    }

    /// Empties the wake-up pipe after waking; the flags say what happened.
    static func drainWakeups() {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
    }
}
