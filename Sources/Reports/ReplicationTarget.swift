/// How many replications bring a confidence interval's relative half-width down to a goal: the
/// rule behind `siaga compare --target-halfwidth`.
///
/// The half-width of a t interval is `t(1-α/2, n-1) · S / √n`, so with the sample's standard
/// deviation and mean taken as they are, the relative half-width `w` seen after `n` replications
/// falls below `goal` after about
///
/// ```
/// n' = ceil( n · (w / goal)² · (1 + margin) )
/// ```
///
/// replications. This is the "approximate number of replications" of Law, *Simulation Modeling
/// and Analysis*, 5th ed. (2015), §9.4.1 "Obtaining a specified precision" (the smallest i with
/// `t(1-α/2, i-1) · sqrt(S²(n) / i) <= goal · |Xbar(n)|`), with `t(1-α/2, n-1)` kept in place of
/// `t(1-α/2, i-1)`, which only errs on the side of more replications (about 2% at n = 100). Law
/// warns that S and Xbar are themselves estimates, so the count is only approximate; hence the
/// small safety margin, and the caller's loop: run to n', measure again, and project again if the
/// goal is still missed. That loop is Law's sequential procedure (§9.4.1, after Chow and Robbins
/// 1965, who show that stopping at the first n whose half-width is within the goal gives the
/// nominal coverage as the goal shrinks), taken in projected steps rather than one replication
/// at a time, and unlike doubling it overshoots the needed count by the margin, not by up to 2x.
public enum ReplicationTarget {
    /// The safety margin on the projected count: 10%. An estimate of `(w/goal)²` from the ~100
    /// replications of a pilot is off by more than that about a third of the time, which costs one
    /// more (short) round; a larger margin would cost its full share of replications every time.
    public static let margin = 0.1

    /// The replications to run next: `n` when `w <= goal` (or `w` is not a number), else the
    /// projection above, at least `n + 1` and at most `limit`.
    /// - Parameters:
    ///   - n: replications run so far.
    ///   - w: the worst relative half-width over the KPIs and cells watched.
    ///   - goal: the relative half-width wanted, in (0, 1).
    ///   - limit: the most replications allowed (`--max-replications`).
    public static func next(replications n: Int, relativeHalfWidth w: Double, goal: Double, margin: Double = margin,
                            limit: Int) -> Int {
        guard w.isFinite, w > goal, n < limit else { return n }
        let projected = (Double(n) * (w / goal) * (w / goal) * (1 + margin)).rounded(.up)
        return min(limit, max(n + 1, projected >= Double(limit) ? limit : Int(projected)))
    }
}
