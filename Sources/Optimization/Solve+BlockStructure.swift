/// Solves a two-stage (dual block-angular) linear program with the
/// block-angular Schur-complement solver for its Newton systems.
///
/// The same pipeline as ``solve(_:settings:)`` (scaling, standard form,
/// homogeneous interior-point method, certificates) with presolve off, so
/// that rows and columns keep the indexing `structure` speaks of, and
/// ``BlockAngularKKT`` in place of the general linear solver.
///
/// - Throws: ``BlockStructureError`` when `structure` does not fit `problem`;
///   every algorithmic outcome is the returned ``Solution/status``.
public func solve(
    _ problem: LinearProgram, structure: BlockStructure, settings: Settings = Settings(),
    update: SchurUpdate = .automatic
) throws(BlockStructureError) -> Solution {
    try structure.validate(problem)
    var settings = settings
    settings.presolve = false
    settings.linearSolver = .custom { a throws(KKTSolverError) in try BlockAngularKKT(a, structure: structure, update: update) }
    return solve(problem, settings: settings)
}
