/// A deployment plan: who guards which TPS, what stands in reserve at each post, which vehicles go
/// where, and the shift pattern. Strategies (doctrine, proportional, optimized, robust) produce it;
/// the simulator runs it.
///
/// On disk a plan is a folder of tidy CSV tables plus `plan.json`:
/// - `guard_groups.csv`: `group_id,police`: a guard group of `police` officers shares a set of TPS
///   (pattern 2 : 10 is one group of 2 police for 10 TPS);
/// - `tps_guards.csv`: `tps_id,group_id`: the group guarding each TPS (empty: unguarded);
/// - `posts.csv`: `post_id,reserve_personnel,patrol_personnel`: standby reserves and mobile patrols
///   working from each post;
/// - `vehicles.csv`: `post_id,vehicle_type,count`: operable vehicles based at each post;
/// - `plan.json`: strategy, scenario name and hash, shift pattern.
public struct DeploymentPlan: Sendable, Equatable {
    /// Police sharing a set of TPS.
    public struct GuardGroup: Sendable, Hashable {
        public var id: String
        public var police: Int
        public init(id: String, police: Int) { self.id = id; self.police = police }
    }

    /// Force working from one post.
    public struct PostForce: Sendable, Hashable {
        /// Index into the scenario's posts.
        public var post: Int
        /// Personnel on standby for dispatch ("power on hand").
        public var reservePersonnel: Int
        /// Personnel on mobile patrol in the post's area, dispatched from where they are.
        public var patrolPersonnel: Int
        /// Operable vehicles by vehicle-type index (into the scenario's vehicles).
        public var vehicles: [Int]
        public init(post: Int, reservePersonnel: Int, patrolPersonnel: Int, vehicles: [Int]) {
            self.post = post
            self.reservePersonnel = reservePersonnel
            self.patrolPersonnel = patrolPersonnel
            self.vehicles = vehicles
        }
    }

    /// How people work in shifts.
    public struct ShiftPattern: Sendable, Hashable {
        /// Hours a TPS guard stays on duty (Polri: 1 x 24 h at the TPS [48]).
        public var guardShiftHours: Double = 24
        /// Shifts per day for reserves and patrols (2: two 12-hour shifts; the personnel split between them).
        public var reserveShiftsPerDay: Int = 2
        public init() {}
    }

    /// The strategy that made the plan (`doctrine`, `proportional`, `optimized`, `robust`, or a user's name).
    public var strategy: String
    public var guardGroups: [GuardGroup]
    /// Guard group index per TPS (same order as the scenario's TPS), or -1 for an unguarded TPS.
    public var tpsGuardGroup: [Int32]
    /// One entry per post of the scenario, in the scenario's order.
    public var posts: [PostForce]
    public var shifts: ShiftPattern

    public init(strategy: String, guardGroups: [GuardGroup], tpsGuardGroup: [Int32], posts: [PostForce], shifts: ShiftPattern) {
        self.strategy = strategy
        self.guardGroups = guardGroups
        self.tpsGuardGroup = tpsGuardGroup
        self.posts = posts
        self.shifts = shifts
    }

    /// Police assigned to TPS guard groups.
    public var guardPolice: Int { guardGroups.reduce(0) { $0 + $1.police } }
    /// Reserve personnel at all posts.
    public var reservePersonnel: Int { posts.reduce(0) { $0 + $1.reservePersonnel } }
    /// Patrol personnel at all posts.
    public var patrolPersonnel: Int { posts.reduce(0) { $0 + $1.patrolPersonnel } }
    /// Everyone the plan deploys.
    public var deployedPersonnel: Int { guardPolice + reservePersonnel + patrolPersonnel }
    /// Vehicles assigned, by vehicle-type index.
    public func vehicleCount(type: Int) -> Int { posts.reduce(0) { $0 + $1.vehicles[type] } }
}
