/// Solves a linear program with the homogeneous interior-point method.
///
/// The stages, each in its own file: ``Presolve`` (trivial rows and columns),
/// ``Scaling`` (Ruiz, powers of two), ``StandardForm`` (slacks, shifted
/// bounds), ``StartingPoint`` (Mehrotra), ``InteriorPoint`` (the
/// predictor-corrector loop over ``NewtonSystem`` and a ``KKTSolver``),
/// ``Termination``, and back through ``Postsolve``.
///
/// Deterministic: the same problem and settings give bit-identical iterates
/// (``IterationRecord/checksum``) and solutions, for a fixed OpenBLAS thread
/// count.
///
/// - Returns: a ``Solution``; every outcome, including infeasibility, is its
///   ``Solution/status``. Bad input cannot reach here: ``LinearProgram``'s
///   initializer rejects it.
public func solve(_ problem: LinearProgram, settings: Settings = Settings()) -> Solution {
    var timers = Timers()
    let original = BoundedForm(problem)
    if settings.presolve {
        var presolve = Presolve(original)
        switch timers.time(.presolve, { presolve.run() }) {
        case let .reduced(reduced, postsolve):
            return SolveDriver(problem: problem, original: original, settings: settings)
                .solve(reduced, postsolve, timers: &timers)
        case let .primalInfeasible(y) where problem.verifiesFarkas(y, tolerance: settings.certificateTolerance):
            return SolveDriver.infeasible(problem, .primalInfeasible, .farkas(rowMultipliers: y), timers)
        case let .dualInfeasible(d) where problem.verifiesUnboundedRay(d, tolerance: settings.certificateTolerance):
            return SolveDriver.infeasible(problem, .dualInfeasible, .unboundedRay(direction: d), timers)
        default:
            break  // a certificate built through a chain of reductions: let the interior-point method find one
        }
    }
    return SolveDriver(problem: problem, original: original, settings: settings)
        .solve(original, Postsolve(rows: original.rows, columns: original.columns), timers: &timers)
}

/// The pipeline after presolve: scale, solve, map back.
struct SolveDriver {
    let problem: LinearProgram
    let original: BoundedForm
    let settings: Settings

    func solve(_ reduced: BoundedForm, _ postsolve: Postsolve, timers: inout Timers) -> Solution {
        var info = Info()
        (info.presolvedRows, info.presolvedColumns, info.presolvedNonzeros) = (reduced.rows, reduced.columns, reduced.a.nonzeros)
        if reduced.columns == 0 && reduced.rows == 0 {
            return finish(.optimal, x: postsolve.primal([]), y: postsolve.duals([], original: original, costs: original.c),
                          info: info, timers: timers)
        }
        let scaling = timers.time(.scaling) {
            settings.scaling ? Scaling(equilibrating: reduced) : Scaling(identityFor: reduced)
        }
        let form = timers.time(.scaling) { StandardForm(scaling.apply(to: reduced), scaling: scaling) }
        let mapping = Mapping(form: form, scaling: scaling, postsolve: postsolve, original: original)
        var kkt: KKTSystem
        let start: Iterate
        do {
            kkt = KKTSystem(solver: try timers.time(.setup) { () throws(KKTSolverError) in try makeSolver(form.a) }, a: form.a)
            info.linearSolver = kkt.solver.name
            start = try timers.time(.startingPoint) { () throws(KKTSolverError) in try StartingPoint.mehrotra(form, kkt: &kkt) }
        } catch {
            return finish(.numericalTrouble, x: [], y: [], info: info, timers: timers)
        }
        let termination = Termination(settings: settings, form: form) { status, v in
            mapping.certificate(status, v, problem: problem, tolerance: settings.certificateTolerance)
        }
        var method = InteriorPoint(
            form: form, norms: DataNorms(reduced), offset: reduced.offset, objectiveSign: problem.sense == .minimize ? 1 : -1,
            newton: NewtonSystem(form: form, kkt: kkt, start: start), termination: termination, iterate: start, info: info)
        let outcome = method.run(timers: &timers)
        info = method.info
        if let measures = outcome.measures { record(measures, in: &info) }
        if let certificate = outcome.certificate {
            return Self.infeasible(problem, outcome.status, certificate, timers, info: info)
        }
        let (x, y) = timers.time(.postsolve) { mapping.point(outcome.iterate) }
        return finish(outcome.status, x: x, y: y, info: info, timers: timers)
    }

    /// The ``KKTSolver`` that ``Settings/linearSolver`` asks for.
    private func makeSolver(_ a: SparseMatrix) throws(KKTSolverError) -> any KKTSolver {
        switch settings.linearSolver {
        case .dense: return DenseNormalEquations(a)
        case .sparse: return try SparseNormalEquations(a)
        case let .custom(make): return try make(a)
        case .automatic:
            let density = Double(a.nonzeros) / Double(max(1, a.rows * a.columns))
            let isDense = a.rows <= 64 || (density >= Tuning.denseDensity && a.rows <= Tuning.denseRowLimit)
            return isDense ? DenseNormalEquations(a) : try SparseNormalEquations(a)
        }
    }

    /// Copies the final measures into `info`, in the problem's sense.
    private func record(_ measures: Measures, in info: inout Info) {
        let sign = problem.sense == .minimize ? 1.0 : -1.0
        info.primalResidual = measures.primalResidual
        info.dualResidual = measures.dualResidual
        info.gap = measures.gap
        info.primalObjective = sign * measures.primalObjective
        info.dualObjective = sign * measures.dualObjective
    }

    /// A solution at the original point `x` with minimization-form duals `y`
    /// (empty for no point).
    private func finish(_ status: Status, x: [Double], y: [Double], info: Info, timers: Timers) -> Solution {
        var info = info
        info.seconds = timers.final
        guard x.count == problem.columnCount, y.count == problem.rowCount else {
            return Solution(status: status, objective: .nan, columnValues: [], reducedCosts: [], rowActivities: [],
                            rowDuals: [], certificate: nil, info: info)
        }
        let sign = problem.sense == .minimize ? 1.0 : -1.0
        let duals = y.map { sign * $0 }
        let aty = problem.constraints.transposeTimes(duals)
        return Solution(
            status: status, objective: problem.objectiveValue(at: x), columnValues: x,
            reducedCosts: zip(problem.objective, aty).map { $0 - $1 }, rowActivities: problem.constraints.times(x),
            rowDuals: duals, certificate: nil, info: info)
    }

    /// A solution that is a certificate and nothing else.
    static func infeasible(
        _ problem: LinearProgram, _ status: Status, _ certificate: Certificate, _ timers: Timers, info: Info = Info()
    ) -> Solution {
        var info = info
        info.seconds = timers.final
        return Solution(status: status, objective: .nan, columnValues: [], reducedCosts: [], rowActivities: [],
                        rowDuals: [], certificate: certificate, info: info)
    }
}

/// Maps iterates of the standard form back to the original problem.
struct Mapping {
    let form: StandardForm
    let scaling: Scaling
    let postsolve: Postsolve
    let original: BoundedForm

    /// `(x, y) / τ`, unshifted, unscaled and postsolved (minimization-form `y`).
    func point(_ v: Iterate) -> (x: [Double], y: [Double]) {
        let x = postsolve.primal(scaling.unscalePrimal(form.boundedPrimal(v.x.map { $0 / v.tau })))
        let y = postsolve.duals(scaling.unscaleDual(v.y.map { $0 / v.tau }), original: original, costs: original.c)
        return (x, y)
    }

    /// The ray in `v` for `status`, in original terms, if it verifies there.
    func certificate(_ status: Status, _ v: Iterate, problem: LinearProgram, tolerance: Double) -> Certificate? {
        switch status {
        case .primalInfeasible:
            let y = postsolve.duals(scaling.unscaleFarkas(v.y), original: original, costs: nil)
            return problem.verifiesFarkas(y, tolerance: tolerance) ? .farkas(rowMultipliers: y) : nil
        case .dualInfeasible:
            let d = postsolve.ray(scaling.unscaleRay(form.boundedRay(v.x)))
            return problem.verifiesUnboundedRay(d, tolerance: tolerance) ? .unboundedRay(direction: d) : nil
        default:
            return nil
        }
    }
}
