import LinearAlgebra

/// The vectors in which a ``ScenarioBlock`` writes the core parts of its
/// columns: a sparse `c x n_a` matrix `B` of *atoms* such that every block
/// column's core part is `B a_t` and the first-stage coupling on the core
/// rows is `T_C = B T_a`.
///
/// Two bases are built:
///
/// - **identity** (`B = I`, `n_a = c`): `a_t` is the column's core part
///   itself; nothing changes.
/// - **compressed**: one atom per distinct core part up to scale (same
///   rows, proportional values), so that `a_t` has one entry. When many
///   columns share a few core patterns, as the deployment LP's dispatch
///   columns `s_{pzk}` do (post capacity and seat rows of their route, both
///   with coefficient 1), `G_k = T_C - E D⁻¹ T_D = B H_k` with `H_k` carrying
///   one entry per atom instead of one per core row, and
///
///   ```
///   G_kᵀ C_k⁻¹ G_k = H_kᵀ Q_k H_k,    Q_k = Bᵀ C_k⁻¹ B   (n_a x n_a)
///   C_k = δI + B (Σ_t θ_t a_t a_tᵀ - Σ_i e_i e_iᵀ / d_i) Bᵀ,   e_i = Σ_{t ∈ row i} θ_t w_it a_t
///   ```
///
///   so the sparse Schur-complement update's triangle sweep, `2 nnz(h_q)(q + 1)`
///   flops per column, costs half as much when each atom spans two core rows.
///
/// ``ScenarioBlock`` takes the compressed basis when its weighted flop count
/// (``ScenarioBlock/flops(_:coupledCount:)``) is lower.
struct CoreBasis: Sendable {
    let coreCount: Int
    let atomCount: Int
    /// `B = I`: atom `r` is the unit vector of core row `r`.
    let isIdentity: Bool
    /// `B` by columns (atoms), CSC over core positions; empty for the identity.
    let atomStart: [Int]
    let atomRow: [Int]
    let atomValue: [Double]
    /// `a_t` of every block column, CSR: atoms `columnAtom[columnStart[t]..<columnStart[t + 1]]`.
    let columnStart: [Int]
    let columnAtom: [Int32]
    let columnValue: [Double]
    /// `T_a`, entry by entry: atom, coupled column, value.
    let couplingAtom: [Int]
    let couplingColumn: [Int]
    let couplingValue: [Double]

    /// `B = I`: the core parts as they are.
    static func identity(table: BlockColumns, coreCount: Int, coupling: (position: [Int], column: [Int], value: [Double])) -> CoreBasis {
        CoreBasis(
            coreCount: coreCount, atomCount: coreCount, isIdentity: true, atomStart: [], atomRow: [], atomValue: [],
            columnStart: (0...table.count).map { Int(table.coreStart[$0]) }, columnAtom: Array(table.corePosition),
            columnValue: Array(table.coreValue), couplingAtom: coupling.position, couplingColumn: coupling.column,
            couplingValue: coupling.value)
    }

    /// One atom per distinct core part up to scale, in order of first use
    /// (block columns, then the coupled columns' core parts). An atom is
    /// scaled so that its first (lowest-row) entry is 1.
    static func compressed(table: BlockColumns, coreCount: Int, coupling: (position: [Int], column: [Int], value: [Double])) -> CoreBasis {
        var dictionary: [Key: Int] = [:]
        var atomStart = [0], atomRow: [Int] = [], atomValue: [Double] = []
        /// The atom of the core part `entries` (sorted by row) and its scale.
        func atom(_ entries: [(row: Int, value: Double)]) -> (Int, Double) {
            let scale = entries[0].value
            let key = Key(rows: entries.map(\.row), values: entries.map { ($0.value / scale).bitPattern })
            if let a = dictionary[key] { return (a, scale) }
            let a = atomStart.count - 1
            dictionary[key] = a
            for (row, value) in entries {
                atomRow.append(row)
                atomValue.append(value / scale)
            }
            atomStart.append(atomRow.count)
            return (a, scale)
        }
        var columnStart = [0], columnAtom: [Int32] = [], columnValue: [Double] = []
        for t in 0..<table.count {
            let entries = (Int(table.coreStart[t])..<Int(table.coreStart[t + 1]))
                .map { (row: Int(table.corePosition[$0]), value: table.coreValue[$0]) }
                .filter { $0.value != 0 }.sorted { $0.row < $1.row }
            if !entries.isEmpty {
                let (a, scale) = atom(entries)
                columnAtom.append(Int32(a))
                columnValue.append(scale)
            }
            columnStart.append(columnAtom.count)
        }
        var byColumn: [Int: [(row: Int, value: Double)]] = [:], order: [Int] = []
        for u in coupling.position.indices where coupling.value[u] != 0 {
            if byColumn[coupling.column[u]] == nil { order.append(coupling.column[u]) }
            byColumn[coupling.column[u], default: []].append((coupling.position[u], coupling.value[u]))
        }
        var couplingAtom: [Int] = [], couplingColumn: [Int] = [], couplingValue: [Double] = []
        for q in order {
            let (a, scale) = atom(byColumn[q]!.sorted { $0.row < $1.row })
            couplingAtom.append(a)
            couplingColumn.append(q)
            couplingValue.append(scale)
        }
        return CoreBasis(
            coreCount: coreCount, atomCount: atomStart.count - 1, isIdentity: false, atomStart: atomStart, atomRow: atomRow,
            atomValue: atomValue, columnStart: columnStart, columnAtom: columnAtom, columnValue: columnValue,
            couplingAtom: couplingAtom, couplingColumn: couplingColumn, couplingValue: couplingValue)
    }

    /// A core part's rows and its values divided by the first, bit for bit.
    private struct Key: Hashable {
        let rows: [Int]
        let values: [UInt64]
    }

    /// `B`'s entries, for the kernel (`c` rows, `n_a` columns).
    var pattern: DenseTimesSparse.Pattern {
        DenseTimesSparse.Pattern(rows: coreCount, columns: atomCount, start: atomStart, row: atomRow)
    }

    /// Flops of forming `Q = Bᵀ C⁻¹ B` from `C⁻¹` (zero for the identity).
    var projectionFlops: Double {
        isIdentity ? 0 : 2 * Double(coreCount + atomCount) * Double(atomRow.count) + 2 * Double(coreCount * atomCount)
    }

    /// `C = δI + B C_a Bᵀ`, lower triangle, from `C_a`'s lower triangle (`n_a x n_a`).
    func expand(_ ca: Matrix, delta: Double) -> Matrix {
        let (c, na) = (coreCount, atomCount)
        var out = Matrix(rows: c, columns: c)
        ca.withUnsafeBufferPointer { cap in
            out.withUnsafeMutableBufferPointer { m in
                for r in 0..<c { m[r + r * c] = delta }
                for b in 0..<na {
                    for a in b..<na {
                        let value = cap[a + b * na]
                        guard value != 0 else { continue }
                        // C_a[a, b] and, off the diagonal, its mirror C_a[b, a].
                        for u in atomStart[a]..<atomStart[a + 1] {
                            for v in atomStart[b]..<atomStart[b + 1] {
                                let (r, s) = (atomRow[u], atomRow[v]), term = value * atomValue[u] * atomValue[v]
                                if r >= s { m[r + s * c] += term }
                                if a != b && s >= r { m[s + r * c] += term }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// `Q = Bᵀ X B` for a symmetric `c x c` `X` (full storage), `n_a x n_a`, full:
    /// `Zᵀ = (X B)ᵀ = Bᵀ X`, then `Q = Qᵀ = (Zᵀ B)ᵀ`, both by ``DenseTimesSparse``'s
    /// overwriting transposed layout (every entry written, empty columns as
    /// zero), so neither product zeroes its output first and `Zᵀ` needs no
    /// transpose pass.
    func project(_ x: Matrix) -> Matrix {
        let (c, na) = (coreCount, atomCount)
        let pattern = self.pattern
        var zt = Matrix(unwrittenRows: na, columns: c), q = Matrix(unwrittenRows: na, columns: na)
        atomValue.withUnsafeBufferPointer { b in
            x.withUnsafeBufferPointer { xp in
                zt.withUnsafeMutableBufferPointer { tp in
                    DenseTimesSparse.accumulate(m: c, pattern: pattern, values: b, x: xp.baseAddress!, ldx: c,
                                                into: tp.baseAddress!, ldo: na, layout: .transposed)
                }
            }
            zt.withUnsafeBufferPointer { tp in
                q.withUnsafeMutableBufferPointer { qp in
                    DenseTimesSparse.accumulate(m: na, pattern: pattern, values: b, x: tp.baseAddress!, ldx: na,
                                                into: qp.baseAddress!, ldo: na, layout: .transposed)
                }
            }
        }
        return q
    }

    /// `out ← out - B v` (core x atoms).
    func subtractProduct(_ v: UnsafeBufferPointer<Double>, from out: UnsafeMutableBufferPointer<Double>) {
        for a in 0..<atomCount where v[a] != 0 {
            for u in atomStart[a]..<atomStart[a + 1] { out[atomRow[u]] -= atomValue[u] * v[a] }
        }
    }

    /// `out ← Bᵀ v` (atoms x core).
    func transposeProduct(_ v: UnsafeBufferPointer<Double>, into out: UnsafeMutableBufferPointer<Double>) {
        for a in 0..<atomCount {
            var sum = 0.0
            for u in atomStart[a]..<atomStart[a + 1] { sum += atomValue[u] * v[atomRow[u]] }
            out[a] = sum
        }
    }
}

/// Which ``CoreBasis`` a ``ScenarioBlock`` works in.
enum CoreBasisChoice: Sendable {
    /// The compressed basis when it costs fewer flops per factorization.
    case automatic
    case identity
    case compressed
}

/// The nonzero pattern of `H_k = T_a - E_a D⁻¹ T_D` (atoms x coupled
/// columns) in a ``CoreBasis``, CSC, and where each of its terms goes:
/// `couplingSlot[u]` is the slot of the basis's coupling entry `u`, and
/// `eSlot` lists, for each diagonal row `i`, each of its coupling entries
/// `w` and each atom entry of the row's columns in order, the slot that
/// `-e_ia d_i⁻¹ T_iw` goes to.
struct CoupledPattern: Sendable {
    let start: [Int]
    let row: [Int]
    let kernel: DenseTimesSparse.Pattern
    let couplingSlot: [Int]
    let eSlot: [Int]

    init(basis: CoreBasis, diagonalColumnStart: [Int], diagonalColumns: [Int], couplingStart: [Int], couplingColumn: [Int],
         coupledCount: Int) {
        // Column q meets the atoms of E_a's row i for every diagonal row i
        // that T couples to q, and T_a's own atoms.
        let (columnStart, columnAtom) = (basis.columnStart, basis.columnAtom)
        // Each column's atoms gathered with repeats, then sorted and made
        // unique once (arrays, not sets: 2,000 columns x 200 blocks of hashing
        // was most of the setup at (2000, 60, 200)).
        var pattern = [[Int]](repeating: [], count: coupledCount)
        var atoms: [Int] = []
        for i in 0..<(couplingStart.count - 1) where couplingStart[i] < couplingStart[i + 1] {
            atoms.removeAll(keepingCapacity: true)
            for t in diagonalColumns[diagonalColumnStart[i]..<diagonalColumnStart[i + 1]] {
                for u in columnStart[t]..<columnStart[t + 1] { atoms.append(Int(columnAtom[u])) }
            }
            for u in couplingStart[i]..<couplingStart[i + 1] { pattern[couplingColumn[u]].append(contentsOf: atoms) }
        }
        for u in basis.couplingAtom.indices { pattern[basis.couplingColumn[u]].append(basis.couplingAtom[u]) }
        for q in pattern.indices {
            pattern[q].sort()
            var kept = 0
            for a in pattern[q] where kept == 0 || pattern[q][kept - 1] != a {
                pattern[q][kept] = a
                kept += 1
            }
            pattern[q].removeLast(pattern[q].count - kept)
        }
        let start = pattern.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        let row = pattern.flatMap { $0 }
        func slot(_ atom: Int, _ column: Int) -> Int {
            var (low, high) = (start[column], start[column + 1])
            while low < high {
                let mid = (low + high) / 2
                if row[mid] < atom { low = mid + 1 } else { high = mid }
            }
            precondition(low < start[column + 1] && row[low] == atom, "CoupledPattern: H's pattern misses an entry")
            return low
        }
        couplingSlot = basis.couplingAtom.indices.map { slot(basis.couplingAtom[$0], basis.couplingColumn[$0]) }
        var eSlot: [Int] = []
        for i in 0..<(couplingStart.count - 1) {
            for w in couplingStart[i]..<couplingStart[i + 1] {
                for t in diagonalColumns[diagonalColumnStart[i]..<diagonalColumnStart[i + 1]] {
                    for u in columnStart[t]..<columnStart[t + 1] { eSlot.append(slot(Int(columnAtom[u]), couplingColumn[w])) }
                }
            }
        }
        self.eSlot = eSlot
        (self.start, self.row) = (start, row)
        kernel = DenseTimesSparse.Pattern(rows: basis.atomCount, columns: coupledCount, start: start, row: row)
    }

    /// Flops of the sparse update given `Q`: `Y = Q H` (`2 n_a nnz(H)`) and
    /// the triangle `Σ_q 2 nnz(h_q)(q + 1)`.
    func productFlops(atomCount: Int) -> Double {
        var triangle = 0.0
        for q in 0..<(start.count - 1) { triangle += 2 * Double(start[q + 1] - start[q]) * Double(q + 1) }
        return 2 * Double(atomCount) * Double(row.count) + triangle
    }
}
