import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns Ctrl-C into a flag the wizard checks, instead of the default of
/// dying on the spot: the wizard then saves, says how to resume, and exits
/// with status 130 like other well-behaved command-line tools.
enum InterruptSignal {
    /// Set from the signal handler; an atomic is safe to touch there.
    static let requested = Atomic<Bool>(false)

    /// Installs the handler without SA_RESTART, so a blocking read of piped
    /// input returns (EINTR) and the wizard notices the flag.
    static func install() {
        _ = requested.load(ordering: .relaxed)  // Initialise the global now, not inside the handler.
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in
                InterruptSignal.requested.store(true, ordering: .relaxed)
            }
        #else
            action.__sigaction_u.__sa_handler = { _ in
                InterruptSignal.requested.store(true, ordering: .relaxed)
            }
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

    /// Forgets an earlier Ctrl-C, when the wizard needs one more answer after it.
    static func reset() {
        requested.store(false, ordering: .relaxed)
    }

    static var isRequested: Bool {
        requested.load(ordering: .relaxed)
    }
}
