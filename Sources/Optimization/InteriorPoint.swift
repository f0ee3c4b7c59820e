/// Mehrotra's predictor-corrector method on the homogeneous self-dual model.
///
/// Per iteration (Mehrotra 1992; Wright 1997, ch. 10; Andersen and Andersen 2000):
///
/// ```
/// prepare   D = X⁻¹Z + S⁻¹W, factor the KKT matrix; solve for (p₂, q₂)
/// predict   Δ_a: η = 1, target -XZe
/// center    σ = min(σ_max, (μ_a / μ)³),  μ_a = μ after the primal and dual steps α_p, α_d to the boundary
/// correct   Δ:   η = 1 - σ, target σμe - XZe - ΔX_a ΔZ_a e
/// recenter  Δ ← Δ + Δ_c, Gondzio's centrality correctors, while they lengthen the step
/// step      v ← v + α Δ,  α = min(1, 0.995 α_max(Δ))
/// ```
///
/// Residuals shrink by `1 - α(1 - σ)` per step, in step with `μ`, which is
/// why the same `η` multiplies every residual.
struct InteriorPoint {
    struct Outcome {
        var status: Status
        var iterate: Iterate
        var measures: Measures?
        var certificate: Certificate?
    }

    let form: StandardForm
    let norms: DataNorms
    let offset: Double
    /// `+1` for a minimization, `-1` for a maximization: the log shows the problem's own objective.
    let objectiveSign: Double
    var newton: NewtonSystem
    var termination: Termination
    var iterate: Iterate
    var info: Info

    /// The main loop; see the type's documentation.
    mutating func run(timers: inout Timers) -> Outcome {
        for iteration in 0... {
            let (residuals, measures) = measure(iteration)
            if let (status, certificate) = termination.verdict(
                iterate, residuals, measures, iteration: iteration, elapsedSeconds: timers.elapsed) {
                return Outcome(status: status, iterate: iterate, measures: measures, certificate: certificate)
            }
            guard prepare(residuals, timers: &timers) else {
                return Outcome(status: .numericalTrouble, iterate: iterate, measures: measures)
            }
            let (sigma, direction, alphaMax) = timers.time(.solve) { predictCorrect() }
            step(along: direction, alphaMax: alphaMax, sigma: sigma)
        }
        fatalError("unreachable: the loop returns")
    }

    /// Factors the KKT matrix at the iterate; `false` when no regularization makes it factor.
    private mutating func prepare(_ residuals: Residuals, timers: inout Timers) -> Bool {
        do {
            try timers.time(.factorization) { () throws(KKTSolverError) in
                try newton.factor(at: iterate, residuals: residuals)
            }
            return true
        } catch {
            return false
        }
    }

    /// Takes the damped step (`α_max` the direction's step to the boundary)
    /// and completes the log record with `σ` and `α`.
    private mutating func step(along direction: Iterate, alphaMax: Double, sigma: Double) {
        let alpha = StepLength.damped(alphaMax)
        iterate.step(direction, length: alpha)
        info.log[info.log.count - 1].sigma = sigma
        info.log[info.log.count - 1].step = alpha
        info.largestRegularization = max(info.largestRegularization, newton.kkt.regularization)
        termination.record(step: alpha)
    }

    /// The homogeneous direction, the predictor, Mehrotra's centering
    /// `σ = (μ_a / μ)³` capped at ``Tuning/largestSigma``, the corrector and
    /// the centrality correctors.
    private mutating func predictCorrect() -> (sigma: Double, direction: Iterate, alphaMax: Double) {
        newton.solveHomogeneous()
        let (affine, reach) = newton.direction(eta: 1, target: newton.affineTarget())
        let mu = iterate.mu(form)
        let muAffine = StepLength.mu(primal: min(1, reach.primal), dual: min(1, reach.dual), from: iterate, along: affine, form: form)
        let sigma = min(Tuning.largestSigma, max(0, pow3(muAffine / mu)))
        let target = newton.correctorTarget(affine: affine, sigmaMu: sigma * mu)
        let (corrected, correctedReach) = newton.direction(eta: 1 - sigma, target: target)
        let (direction, alphaMax) = recentered(corrected, alphaMax: correctedReach.both, sigmaMu: sigma * mu)
        return (sigma, direction, alphaMax)
    }

    /// Gondzio's multiple centrality correctors (Gondzio, "Multiple centrality
    /// corrections in a primal-dual method for linear programming", COAP 6,
    /// 1996): aim at the longer step `α̃ = min(1, α + 0.3)`; at `v + α̃Δ` pull
    /// the complementarity products outside `[0.1 σμ, 10 σμ]` back into it
    /// with a pure centering direction (`η = 0`), and keep the sum if it
    /// lengthens the step by at least a tenth of what was aimed for. Each
    /// try costs one solve with the existing factorization.
    /// Returns the direction kept and its step to the boundary `α_max`
    /// (`alphaMax` is `direction`'s).
    private func recentered(_ direction: Iterate, alphaMax: Double, sigmaMu: Double) -> (Iterate, alphaMax: Double) {
        var (best, bestMax) = (direction, alphaMax)
        var alpha = min(1, alphaMax)
        for _ in 0..<Tuning.centralityCorrectors where alpha < 1 {
            let aim = min(1, alpha + Tuning.correctorStepGain)
            let target = newton.centralityTarget(
                along: best, length: aim, low: Tuning.correctorLow * sigmaMu, high: Tuning.correctorHigh * sigmaMu)
            let (candidate, reach) = newton.direction(eta: 0, target: target, adding: best)
            let candidateAlpha = min(1, reach.both)
            guard candidateAlpha >= alpha + Tuning.correctorAcceptance * (aim - alpha) else { break }
            (best, bestMax, alpha) = (candidate, reach.both, candidateAlpha)
        }
        return (best, bestMax)
    }

    /// Residuals and measures at the current iterate, logged.
    private mutating func measure(_ iteration: Int) -> (Residuals, Measures) {
        let residuals = Residuals(form, iterate)
        let measures = Measures(form, residuals, iterate, norms: norms, offset: offset)
        info.iterations = iteration
        info.log.append(IterationRecord(
            iteration: iteration, primalObjective: objectiveSign * measures.primalObjective,
            dualObjective: objectiveSign * measures.dualObjective,
            primalResidual: measures.primalResidual, dualResidual: measures.dualResidual, gap: measures.gap,
            mu: iterate.mu(form), tau: iterate.tau, kappa: iterate.kappa, sigma: .nan, step: .nan,
            checksum: iterate.checksum))
        return (residuals, measures)
    }

    private func pow3(_ v: Double) -> Double { v * v * v }
}
