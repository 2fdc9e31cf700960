/// The name a mistyped one was most likely meant to be (`weakness` for
/// `weaknesses`, `goverment` for `government`), for the "did you mean" of an
/// answers file's problems. Only a close match is offered: a wild guess would
/// send a consultant the wrong way.
public enum NearestName {
    /// The candidate nearest to `given` (ignoring upper and lower case), or nil
    /// when none is within about a third of its letters.
    public static func to(_ given: String, among candidates: [String]) -> String? {
        let key = given.lowercased()
        guard !key.isEmpty else { return nil }
        let limit = max(1, (key.count + 2) / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != given {
            let distance = EditDistance.between(key, candidate.lowercased())
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.name
    }
}
