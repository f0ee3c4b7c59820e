#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Scenario
import Simulation

extension ModelTables {
    /// Adds the contagion offspring of every incident in `schedule`, generation by generation.
    ///
    /// The self-exciting process of Mohler et al. ("Self-exciting point process modeling of
    /// crime", JASA 106(493), 2011), with triggering kernel
    ///
    /// ```
    /// g(t, x) = eta · (1/tau) e^(-t/tau) · e^(-|x|/ell) / (2 pi ell^2)
    /// ```
    ///
    /// is simulated by its branching (cluster) representation (Hawkes and Oakes, "A cluster
    /// process representation of a self-exciting process", J. Appl. Prob. 11(3), 1974): each
    /// incident, base or offspring, has `Poisson(eta)` direct offspring; each child occurs
    /// `Exp(mean tau)` after its parent, displaced from the parent's site by a vector with
    /// uniform angle and length `r ~ Gamma(2, ell)` (the radial law of the 2-D exponential kernel:
    /// density `r e^(-r/ell) / ell^2`), snapped to the nearest TPS, with the parent's type. A
    /// PPK or KPU incident's offspring stay at its office. Offspring at or after the end of the
    /// timeline are dropped with their descendants. With `eta < 1` the expected cluster size is
    /// `1 / (1 - eta)`, so far from the edges the mean count is the base count over `1 - eta`.
    ///
    /// Each parent draws from its own stream keyed by its position in generation order, which
    /// does not depend on the plan.
    func addOffspring(to schedule: inout IncidentSchedule, seed: UInt64, replication: UInt64) {
        let eta = contagion.branchingRatio
        let meanDelay = contagion.decayHours * 60
        let rangeKm = contagion.rangeKm
        let end = phases.horizonEnd
        var parent = 0
        while parent < schedule.count {
            var stream = RandomStream(seed: seed, replication: replication, purpose: .contagion, entity: UInt64(parent))
            let children = stream.poisson(mean: eta)
            let k = Int(schedule.type[parent])
            let parentSite = Int(schedule.site[parent])
            for _ in 0..<children {
                let t = schedule.time[parent] + stream.exponential(mean: meanDelay)
                let radius = stream.gamma(shape: 2, scale: rangeKm)
                let angle = 2 * Double.pi * stream.uniform()
                let duration = types[k].timeOnScene.draw(&stream)
                guard t < end else { continue }
                var site = parentSite
                if !sites.isPost(parentSite), let grid = tpsGrid {
                    let (latitude, longitude) = Geography.offset(
                        latitude: sites.latitude[parentSite], longitude: sites.longitude[parentSite],
                        eastKm: radius * cos(angle), northKm: radius * sin(angle))
                    site = Int(grid.nearest(latitude: latitude, longitude: longitude) ?? Int32(parentSite))
                }
                schedule.append(time: t, type: k, site: site, duration: duration, isContagion: true)
            }
            parent += 1
        }
    }
}
