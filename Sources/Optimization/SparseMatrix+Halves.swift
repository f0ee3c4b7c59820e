extension SparseMatrix {
    /// `Aᵀy` and `A x` in one pass over the columns split into ``Halves``.
    ///
    /// The half that owns column `j` calls `column(&partial, j, (Aᵀy)_j)` on
    /// its own partial result, starting from `initial`; the two partials are
    /// combined in order. Each half scatters its columns' share of `A x` into
    /// its own row vector, returned as `first` and `second` for the caller to
    /// add in that order, so that no result depends on the thread count.
    @inline(__always)
    func sweepByHalves<T>(
        x: [Double], y: [Double], initial: T, _ column: (inout T, Int, Double) -> Void, combine: (T, T) -> T
    ) -> (partial: T, first: [Double], second: [Double]) {
        var (first, second) = ([Double](repeating: 0, count: rows), [Double](repeating: 0, count: rows))
        let firstHalf = Halves.ranges(columns).0
        let partial = rowIndices.withUnsafeBufferPointer { ri in
            values.withUnsafeBufferPointer { v in
                columnStarts.withUnsafeBufferPointer { start in
                    x.withUnsafeBufferPointer { x in
                        y.withUnsafeBufferPointer { y in
                            first.withUnsafeMutableBufferPointer { first in
                                second.withUnsafeMutableBufferPointer { second in
                                    Halves.reduce(columns, { range in
                                        let product = range == firstHalf ? first : second
                                        var partial = initial
                                        for j in range {
                                            var sum = 0.0
                                            let xj = x[j]
                                            for k in start[j]..<start[j + 1] {
                                                sum += v[k] * y[ri[k]]
                                                product[ri[k]] += v[k] * xj
                                            }
                                            column(&partial, j, sum)
                                        }
                                        return partial
                                    }, combine)
                                }
                            }
                        }
                    }
                }
            }
        }
        return (partial, first, second)
    }
}
