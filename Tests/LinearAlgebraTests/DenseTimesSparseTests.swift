import LinearAlgebra
import Testing

@Suite("DenseTimesSparse and Cholesky.inverse")
struct DenseTimesSparseTests {
    /// X (2x3) = [[1, 2, 3], [4, 5, 6]], G (3x2) with G[0,0] = 2, G[2,0] = -1, G[1,1] = 10:
    /// X G = [[1·2 + 3·(-1), 2·10], [4·2 + 6·(-1), 5·10]] = [[-1, 20], [2, 50]].
    @Test("X G for a hand-worked 2x3 times 3x2, added to what out held")
    func handWorked() {
        let pattern = DenseTimesSparse.Pattern(rows: 3, columns: 2, start: [0, 2, 3], row: [0, 2, 1])
        let values: [Double] = [2, -1, 10], x: [Double] = [1, 4, 2, 5, 3, 6]
        var out: [Double] = [100, 100, 100, 100]
        values.withUnsafeBufferPointer { v in
            x.withUnsafeBufferPointer { xp in
                out.withUnsafeMutableBufferPointer { o in
                    DenseTimesSparse.accumulate(m: 2, pattern: pattern, values: v, x: xp.baseAddress!, ldx: 2,
                                                into: o.baseAddress!, ldo: 2, layout: .full)
                }
            }
        }
        #expect(out == [99, 102, 120, 150])
    }

    /// Many entries per column, a column count that is not a multiple of the
    /// kernel's four-column panels (and empty columns), rows in 16-, 4- and
    /// 1-row chunks, leading dimensions above m, the triangle mode leaving
    /// the lower part alone, and the packed triangle.
    @Test("random sparse G against the naive product, full, upper-triangle, packed and transposed modes")
    func randomAgainstNaive() throws {
        var rng = SplitMix64(seed: 7)
        let (m, k, n) = (43, 29, 41)
        var start = [0], row: [Int] = [], values: [Double] = []
        for q in 0..<n {
            let count = q % 14
            let rows = (0..<k).filter { ($0 * 7 + q * 3) % k < count }
            row += rows
            for _ in rows { values.append(Double(rng.next() % 1000) / 100 - 5) }
            start.append(row.count)
        }
        var dense = Matrix(rows: k, columns: n)
        for q in 0..<n { for u in start[q]..<start[q + 1] { dense[row[u], q] = values[u] } }
        let x = Matrix.random(rows: m, columns: k, using: &rng)
        let expected = naiveProduct(x, dense)
        let (ldx, ldo) = (m + 3, m + 5)
        var xs = [Double](repeating: .nan, count: ldx * k)
        for j in 0..<k { for i in 0..<m { xs[i + j * ldx] = x[i, j] } }
        let pattern = DenseTimesSparse.Pattern(rows: k, columns: n, start: start, row: row)
        for upper in [false, true] {
            var out = [Double](repeating: -1, count: ldo * n)
            values.withUnsafeBufferPointer { v in
                xs.withUnsafeBufferPointer { xp in
                    out.withUnsafeMutableBufferPointer { o in
                        DenseTimesSparse.accumulate(m: m, pattern: pattern, values: v, x: xp.baseAddress!, ldx: ldx,
                                                    into: o.baseAddress!, ldo: ldo, layout: upper ? .upperTriangle : .full)
                    }
                }
            }
            for q in 0..<n {
                for i in 0..<ldo {
                    let touched = i < m && (!upper || i <= q)
                    let want = touched ? expected[i, q] - 1 : -1
                    #expect(abs(out[i + q * ldo] - want) < 1e-11, "upper \(upper), row \(i), column \(q)")
                }
            }
        }
        var packed = [Double](repeating: -1, count: n * (n + 1) / 2)
        values.withUnsafeBufferPointer { v in
            xs.withUnsafeBufferPointer { xp in
                packed.withUnsafeMutableBufferPointer { o in
                    DenseTimesSparse.accumulate(m: m, pattern: pattern, values: v, x: xp.baseAddress!, ldx: ldx,
                                                into: o.baseAddress!, ldo: 0, layout: .packedUpperTriangle)
                }
            }
        }
        for q in 0..<n {
            for i in 0...q { #expect(abs(packed[i + q * (q + 1) / 2] - (expected[i, q] - 1)) < 1e-11, "packed row \(i), column \(q)") }
        }
        // Transposed and overwritten: out[q, i] = (X G)[i, q], whatever was
        // there before (NaN), in every 16-, 4- and 1-row chunk; the padding rows
        // of out (ldt > n) are left alone.
        let ldt = n + 2
        var transposed = [Double](repeating: .nan, count: ldt * m)
        values.withUnsafeBufferPointer { v in
            xs.withUnsafeBufferPointer { xp in
                transposed.withUnsafeMutableBufferPointer { o in
                    DenseTimesSparse.accumulate(m: m, pattern: pattern, values: v, x: xp.baseAddress!, ldx: ldx,
                                                into: o.baseAddress!, ldo: ldt, layout: .transposed)
                }
            }
        }
        for i in 0..<m {
            for q in 0..<n { #expect(abs(transposed[q + i * ldt] - expected[i, q]) < 1e-11, "transposed row \(q), column \(i)") }
            for q in n..<ldt { #expect(transposed[q + i * ldt].isNaN) }
        }
        #expect(["AVX-512", "AVX2", "baseline"].contains(DenseTimesSparse.level))
    }

    /// A = L Lᵀ of CholeskyTests; A⁻¹ A = I, both triangles filled.
    @Test("Cholesky.inverse times A is the identity, and the inverse is symmetric")
    func inverse() throws {
        let a = try Matrix([[4, 12, -16], [12, 37, -43], [-16, -43, 98]])
        let inverse = try Cholesky(a).inverse()
        let product = naiveProduct(inverse, a)
        #expect(product.maxAbsDifference(Matrix.identity(3)) < 1e-10)
        #expect(inverse.maxAbsDifference(inverse.transposed()) == 0)
        // (A⁻¹)₁₁ = cofactor / det = (37·98 - 43²) / 36 = 1777 / 36.
        #expect(abs(inverse[0, 0] - 1777.0 / 36) < 1e-10)
    }
}
