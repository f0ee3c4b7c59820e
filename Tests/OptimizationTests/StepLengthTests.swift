@testable import Optimization
import Testing

@Suite("Step length")
struct StepLengthTests {
    /// The Newton system at Mehrotra's start of a catalogue LP (with boxed and
    /// free columns), factored, its homogeneous direction solved.
    private func newtonSystem(_ file: String) throws -> (NewtonSystem, Iterate, StandardForm) {
        let bounded = BoundedForm(try fixture(file))
        let form = StandardForm(Scaling(equilibrating: bounded).apply(to: bounded), scaling: Scaling(equilibrating: bounded))
        var kkt = KKTSystem(solver: DenseNormalEquations(form.a), a: form.a)
        let start = try StartingPoint.mehrotra(form, kkt: &kkt)
        var newton = NewtonSystem(form: form, kkt: kkt, start: start)
        try newton.factor(at: start, residuals: Residuals(form, start))
        newton.solveHomogeneous()
        return (newton, start, form)
    }

    /// The reach a direction is returned with is the one a pass of its own
    /// takes, to the bit; with a base added the direction is the entry-wise sum.
    @Test("a direction's reach is toBoundary's, with and without a base added",
          arguments: ["bounds.mps", "free_equality.mps", "beale.mps", "ranges.mps"])
    func fusedReachMatchesItsOwnPass(file: String) throws {
        let (newton, start, form) = try newtonSystem(file)
        #expect(form.kind.contains(.boxed) || form.kind.contains(.free) || file == "beale.mps")
        let (affine, reach) = newton.direction(eta: 1, target: newton.affineTarget())
        let own = StepLength.toBoundary(separately: start, along: affine, form: form)
        #expect(reach.primal == own.primal && reach.dual == own.dual)
        #expect(reach.both.isFinite && reach.both > 0)

        let target = newton.centralityTarget(along: affine, length: 0.5, low: 0.1 * start.mu(form), high: 10 * start.mu(form))
        let (alone, _) = newton.direction(eta: 0, target: target)
        let (summed, summedReach) = newton.direction(eta: 0, target: target, adding: affine)
        var expected = alone
        expected.step(affine, length: 1)
        #expect(summed == expected)
        let sumOwn = StepLength.toBoundary(separately: start, along: summed, form: form)
        #expect(summedReach.primal == sumOwn.primal && summedReach.dual == sumOwn.dual)
    }

    /// `limit` takes `-value / change` exactly when the step would cross zero.
    @Test("limit lowers α only for entries the step would take below zero")
    func limitOnlyOnCrossing() {
        var alpha = Double.infinity
        StepLength.limit(&alpha, 2, 1)
        #expect(alpha == .infinity)
        StepLength.limit(&alpha, 2, 0)
        #expect(alpha == .infinity)
        StepLength.limit(&alpha, 2, -4)
        #expect(alpha == 0.5)
        StepLength.limit(&alpha, 3, -4)
        #expect(alpha == 0.5)
        StepLength.limit(&alpha, 1, -4)
        #expect(alpha == 0.25)
    }
}
