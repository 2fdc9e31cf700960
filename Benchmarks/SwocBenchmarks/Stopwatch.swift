/// Times a piece of work several times and keeps the median, which is steadier
/// than the mean on a shared two-core machine.
struct Stopwatch {
    struct Result {
        var name: String
        var median: Duration
        var runs: Int
    }

    static func measure(_ name: String, runs: Int = 15, warmUp: Int = 2, _ work: () throws -> Void) rethrows -> Result {
        let clock = ContinuousClock()
        for _ in 0..<warmUp { try work() }
        var times: [Duration] = []
        for _ in 0..<runs {
            let start = clock.now
            try work()
            times.append(clock.now - start)
        }
        times.sort()
        return Result(name: name, median: times[times.count / 2], runs: runs)
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
