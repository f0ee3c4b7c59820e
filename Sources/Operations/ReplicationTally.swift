/// Running totals of one replication: time integrals for the utilization and Little's-law KPIs,
/// counters, and the hourly samples.
struct ReplicationTally {
    var lastMinute: Double
    /// ∫ open incidents dt, ∫ busy reserve personnel dt, ∫ on-duty reserve personnel dt,
    /// ∫ vehicles in use dt, ∫ vehicles in working order dt (minutes).
    var activeArea = 0.0
    var busyReserveArea = 0.0
    var onDutyReserveArea = 0.0
    var busyVehicleArea = 0.0
    var workingVehicleArea = 0.0
    var personnelHours = 0.0
    var personnelHoursByPhase: [Double]
    var preemptions = 0
    var vehicleFailures = 0
    var fatigueHours = 0.0
    /// TPS-hours a guard group spent away from its other TPS while at an incident.
    var awayHours = 0.0
    var isBKORequested = false
    var bkoArrivalMinute = Double.nan
    var contingenciesOccurred = 0
    var hourly = HourlySeries()
    var nextSampleMinute: Double

    init(startMinute: Double, phaseCount: Int) {
        lastMinute = startMinute
        nextSampleMinute = startMinute
        personnelHoursByPhase = [Double](repeating: 0, count: phaseCount)
    }
}
