import CLinearAlgebra
#if canImport(Glibc)
import Glibc
#endif

/// Which OpenBLAS kernels the process runs, and a way out of the generic ones.
///
/// Debian's OpenBLAS is built with `DYNAMIC_ARCH`: when the library loads it
/// reads the CPU's model and picks kernels for it. OpenBLAS 0.3.21 (Debian 12)
/// does not know CPU models newer than itself (this machine's Xeon, family 6
/// model 207) and falls back to the generic `Prescott` kernels, which run
/// `dgemm` at 20 GFLOP/s where the `SkylakeX` ones reach 88-113 GFLOP/s on the
/// same two cores (measured with `cblas_dgemm`, n = 2000). The environment
/// variable `OPENBLAS_CORETYPE` overrides the choice, but it is read only at
/// load time, before `main` runs. ``selectFastKernels(arguments:)`` therefore
/// re-executes the program once, with the variable set from the CPU's own
/// feature flags, when the library fell back to the generic kernels.
public enum BLASKernels {
    /// The kernel family OpenBLAS chose (`openblas_get_corename`), e.g. `SkylakeX`.
    public static var coreName: String {
        guard let name = openblas_get_corename() else { return "unknown" }
        return String(cString: name)
    }

    /// Kernel families OpenBLAS falls back to when it does not know the CPU.
    static let genericCores: Set<String> = ["Prescott", "Core2", "Katmai", "unknown"]

    /// The best kernel family for a CPU with these `/proc/cpuinfo` flags, or
    /// nil when the flags allow nothing better than the generic kernels.
    ///
    /// `SkylakeX` needs AVX-512 F, CD, BW, DQ and VL; `Haswell` needs AVX2 and FMA.
    public static func preferredCore(flags: Set<String>) -> String? {
        if ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(flags.contains) { return "SkylakeX" }
        if ["avx2", "fma"].allSatisfy(flags.contains) { return "Haswell" }
        return nil
    }

    /// The CPU's feature flags from `/proc/cpuinfo` (first processor); empty
    /// when the file cannot be read.
    static func cpuFlags() -> Set<String> {
        guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line)
            guard text.hasPrefix("flags") else { continue }
            guard let colon = text.firstIndex(of: ":") else { return [] }
            return Set(text[text.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
        }
        return []
    }

    /// Re-executes the running program with `OPENBLAS_CORETYPE` set when
    /// OpenBLAS chose generic kernels on a CPU that supports better ones.
    ///
    /// Does nothing when `OPENBLAS_CORETYPE` is already set (by the user, or
    /// by the first execution), when `SIAGA_BLAS_KEEP_KERNELS` is set, when
    /// OpenBLAS recognised the CPU, or when `execv` fails (the program then
    /// simply goes on with the generic kernels). Call it first thing in
    /// `main`, before any thread starts.
    public static func selectFastKernels() {
        guard getenv("OPENBLAS_CORETYPE") == nil, getenv("SIAGA_BLAS_KEEP_KERNELS") == nil,
              genericCores.contains(coreName), let core = preferredCore(flags: cpuFlags()) else { return }
        setenv("OPENBLAS_CORETYPE", core, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // execv returns only on failure: keep running as we are.
    }
}
