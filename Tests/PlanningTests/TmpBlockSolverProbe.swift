import Foundation
import Optimization
import Testing
@testable import Planning

@Suite struct TmpBlockSolverProbe {
    @Test func probe() throws {
        let scenario = try Fixture.ketapang()
        for k in [40, 100] {
            var options = DeploymentPlanner.Options(); options.scenarios = k
            let instance = try DeploymentPlanner(options: options, strategy: "optimized").instance(scenario)
            let model = try DeploymentModel(instance)
            var t = Date()
            let general = Optimization.solve(model.program)
            let generalSeconds = Date().timeIntervalSince(t)
            t = Date()
            let block = try Optimization.solve(model.program, structure: model.structure)
            let blockSeconds = Date().timeIntervalSince(t)
            print("PROBE K=\(k) general \(general.status) \(general.objective) \(generalSeconds)s it \(general.info.iterations); block \(block.status) \(block.objective) \(blockSeconds)s it \(block.info.iterations) \(block.info.linearSolver)")
        }
    }
}
