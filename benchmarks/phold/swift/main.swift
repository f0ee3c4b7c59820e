#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Simulation

// PHOLD on the Siaga kernel: prints `key: value` lines and
// `events_per_second: X` last. Exit code 64 (EX_USAGE) on bad flags.

let options: Options
do {
    options = try Options(arguments: Array(CommandLine.arguments.dropFirst()))
} catch let error as Options.UsageError {
    if !error.message.isEmpty { printError("phold: \(error.message)") }
    printError(Options.usage)
    exit(error.message.isEmpty ? 0 : 64)
}

/// Builds the model, runs `options.events` events and returns the final
/// simulated time.
func runPhold(_ options: Options) -> Double {
    var model = PholdModel(lpCount: options.lps, seed: options.seed, lookahead: 0.1)
    var kernel = Kernel<UInt32>(capacity: options.lps * options.perLP)
    model.seed(&kernel, eventsPerProcess: options.perLP)
    while kernel.processedEventCount < options.events, kernel.step(&model) {}
    return kernel.now
}

let clock = ContinuousClock()
let start = clock.now
let finalTime = runPhold(options)
let elapsed = (clock.now - start).components
let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18

print("system: swift")
print("lps: \(options.lps)")
print("per_lp: \(options.perLP)")
print("events: \(options.events)")
print("seed: \(options.seed)")
print("final_time: \(finalTime)")
print("seconds: \(seconds)")
print("events_per_second: \(Int((Double(options.events) / seconds).rounded()))")
