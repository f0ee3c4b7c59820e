import Scenario

/// The deployment plan laid out for the simulator: who stands where, with what.
///
/// **Reserves and patrols.** Each post's reserve and patrol personnel form one pool that
/// dispatch draws from (patrols are dispatched from their post: their routes are not modelled).
/// **Guards.** Plan guard group g guards its TPS; detachments at PPK and KPU offices are extra
/// guard groups numbered after the plan's, `groupCount + j` for detachment post j.
/// **Detachments.** During phases with `ppk` (`kpu`) duty every PPK (KPU) office holds
/// `security.ppkGuards` (`kpuGuards`) guards. The plan has no place for them. They are filled,
/// office by office in post order, first from the plan's TPS guard police while those are off TPS
/// duty (after counting the same officers move to the recapitulation, as in 2019), then from the
/// reserve pool of the nearest Polres or Polsek post whose pool the plan fills (by distance on the
/// planar projection), as many as that pool holds when the phase starts; they go back at the end
/// of the phase. The plan's own personnel at a PPK or KPU post stay dispatchable reserves.
struct ForceLayout: Sendable {
    /// Reserve plus patrol personnel per post.
    let roster: [Int32]
    let reserveTotal: Int
    let patrolTotal: Int
    /// Operable vehicles at `post · vehicleTypes + v`.
    let vehicles: [Int32]
    let vehicleTypes: Int
    /// The Polres HQ: the first post of kind `polres`, else the post with the largest pool.
    let headquarters: Int?
    let groupCount: Int
    /// Police per guard group, plan groups then detachments (the nominal size for detachments).
    let guardPolice: [Int32]
    /// TPS guarded by each plan group.
    let guardTPSCount: [Int32]
    /// Minutes for a TPS's group to reach it from the group's centroid (0 if it guards one TPS).
    let tpsGuardTravelMinutes: [Float]
    let tpsGuardGroup: [Int32]
    let guardPoliceTotal: Int
    /// TPS with no guard group, or a group of no police.
    let unguardedTPS: Int
    /// PPK and KPU posts holding a detachment, its duty, and the post it is drawn from (-1: none).
    let detachmentPost: [Int32]
    let detachmentIsKPU: [Bool]
    let detachmentSource: [Int32]
    let shiftsPerDay: Int

    init(scenario: Scenario, plan: DeploymentPlan, sites: SiteTable, guardSpeedKmh: Double) {
        let pools = plan.posts.map { Int32($0.reservePersonnel + $0.patrolPersonnel) }
        roster = pools
        reserveTotal = plan.reservePersonnel
        patrolTotal = plan.patrolPersonnel
        vehicleTypes = scenario.vehicles.count
        vehicles = plan.posts.flatMap { $0.vehicles.map { Int32($0) } }
        let hq = scenario.posts.firstIndex { $0.kind == .polres }
        headquarters = hq ?? (pools.isEmpty ? nil : pools.indices.max { pools[$0] < pools[$1] })
        groupCount = plan.guardGroups.count
        tpsGuardGroup = plan.tpsGuardGroup

        var members = [Int32](repeating: 0, count: groupCount)
        var sumLatitude = [Double](repeating: 0, count: groupCount), sumLongitude = sumLatitude
        for (t, g) in plan.tpsGuardGroup.enumerated() where g >= 0 {
            members[Int(g)] += 1
            sumLatitude[Int(g)] += sites.latitude[t]
            sumLongitude[Int(g)] += sites.longitude[t]
        }
        guardTPSCount = members
        let factor = scenario.dispatch.roadFactor
        tpsGuardTravelMinutes = plan.tpsGuardGroup.enumerated().map { t, g in
            guard g >= 0, members[Int(g)] > 1 else { return 0 }
            let n = Double(members[Int(g)])
            let km = Geography.haversineKm(sumLatitude[Int(g)] / n, sumLongitude[Int(g)] / n, sites.latitude[t], sites.longitude[t])
            return Float(km * factor / guardSpeedKmh * 60)
        }
        guardPoliceTotal = plan.guardPolice
        unguardedTPS = plan.tpsGuardGroup.reduce(0) { $0 + ($1 < 0 || plan.guardGroups[Int($1)].police == 0 ? 1 : 0) }

        let offices = scenario.posts.indices.filter { scenario.posts[$0].kind == .ppk || scenario.posts[$0].kind == .kpu }
        detachmentPost = offices.map { Int32($0) }
        detachmentIsKPU = offices.map { scenario.posts[$0].kind == .kpu }
        let police = scenario.posts.indices.filter {
            (scenario.posts[$0].kind == .polres || scenario.posts[$0].kind == .polsek) && pools[$0] > 0
        }
        let policeGrid = SpatialGrid(latitude: police.map { scenario.posts[$0].latitude },
                                     longitude: police.map { scenario.posts[$0].longitude })
        detachmentSource = offices.map { office in
            let found = policeGrid.nearest(latitude: scenario.posts[office].latitude, longitude: scenario.posts[office].longitude)
            return found.map { Int32(police[Int($0)]) } ?? -1
        }
        guardPolice = plan.guardGroups.map { Int32($0.police) }
            + offices.map { Int32(scenario.posts[$0].kind == .kpu ? scenario.security.kpuGuards : scenario.security.ppkGuards) }
        shiftsPerDay = plan.shifts.reserveShiftsPerDay
    }

    /// Personnel of shift `j` (of `shiftsPerDay`) in a pool of `roster`: the pool split as
    /// evenly as possible, the first `roster mod shifts` shifts one larger.
    @inline(__always)
    func shiftSize(roster: Int32, shift j: Int) -> Int32 {
        let n = Int32(shiftsPerDay)
        return roster / n + (Int32(j) < roster % n ? 1 : 0)
    }
}
