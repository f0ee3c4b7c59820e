// PHOLD on a plain std::priority_queue: the C++ baseline for the Siaga
// kernel (benchmarks/phold/swift). Build: g++ -O2 -std=c++17 phold.cpp
//
// Same model, same random-number algorithm and same draw order as the
// Swift version, so both print the same final_time for the same flags:
//   - stream of logical process i: xoshiro256++ seeded by four SplitMix64
//     outputs from hash(seed, replication 0, purpose 0xBE7C, entity i);
//   - uniform integer below n by Lemire's method, exponential by inversion
//     -mean * log(((x >> 11) + 1) * 2^-53);
//   - event order (time, insertion sequence); every event has the same
//     priority, which the Swift key packs above the sequence.
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <queue>
#include <string>
#include <vector>

namespace {

constexpr uint64_t kGolden = 0x9E3779B97F4A7C15ULL;
constexpr uint64_t kPurposeBenchmark = 0xBE7C;

uint64_t mix(uint64_t z) {
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

struct Stream {
    uint64_t s[4];

    Stream(uint64_t seed, uint64_t replication, uint64_t purpose, uint64_t entity) {
        uint64_t h = kGolden;
        for (uint64_t word : {seed, replication, purpose, entity}) h = mix(h + (kGolden ^ word));
        for (auto& word : s) { h += kGolden; word = mix(h); }
        if ((s[0] | s[1] | s[2] | s[3]) == 0) s[0] = kGolden;
    }

    uint64_t next() {  // xoshiro256++
        const uint64_t result = rotl(s[0] + s[3], 23) + s[0];
        const uint64_t t = s[1] << 17;
        s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t;
        s[3] = rotl(s[3], 45);
        return result;
    }

    double uniformPositive() { return double((next() >> 11) + 1) * 0x1.0p-53; }
    double exponential(double mean) { return -mean * std::log(uniformPositive()); }

    uint64_t below(uint64_t bound) {  // Lemire 2019
        unsigned __int128 m = (unsigned __int128)next() * bound;
        if ((uint64_t)m < bound) {
            const uint64_t threshold = (0 - bound) % bound;
            while ((uint64_t)m < threshold) m = (unsigned __int128)next() * bound;
        }
        return (uint64_t)(m >> 64);
    }
};

struct Event {
    double time;
    uint64_t sequence;
    uint32_t lp;
};

struct Later {  // std::priority_queue is a max-heap: "less" means "later"
    bool operator()(const Event& a, const Event& b) const {
        return a.time > b.time || (a.time == b.time && a.sequence > b.sequence);
    }
};

[[noreturn]] void usage(const std::string& message) {
    if (!message.empty()) std::fprintf(stderr, "phold-cpp: %s\n", message.c_str());
    std::fprintf(stderr, "usage: phold-cpp [--lps N] [--per-lp M] [--events E] [--seed S]\n");
    std::exit(message.empty() ? 0 : 64);
}

uint64_t parse(const char* flag, const char* text, uint64_t minimum) {
    uint64_t value = 0;
    const char* end = text + std::strlen(text);
    auto [ptr, ec] = std::from_chars(text, end, value);
    if (ec != std::errc() || ptr != end || value < minimum)
        usage(std::string(flag) + " expects an integer >= " + std::to_string(minimum) + ", got '" + text + "'");
    return value;
}

}  // namespace

int main(int argc, char** argv) {
    uint64_t lps = 1000, perLP = 1, events = 2000000, seed = 1;
    for (int i = 1; i < argc; i += 2) {
        std::string flag = argv[i];
        if (flag == "--help" || flag == "-h") usage("");
        if (i + 1 >= argc) usage("flag " + flag + " needs a value");
        if (flag == "--lps") lps = parse(argv[i], argv[i + 1], 1);
        else if (flag == "--per-lp") perLP = parse(argv[i], argv[i + 1], 1);
        else if (flag == "--events") events = parse(argv[i], argv[i + 1], 1);
        else if (flag == "--seed") seed = parse(argv[i], argv[i + 1], 0);
        else usage("unknown flag '" + flag + "'");
    }
    if (lps > UINT32_MAX) usage("--lps must be below 2^32");

    const double lookahead = 0.1;
    const auto start = std::chrono::steady_clock::now();

    std::vector<Stream> streams;
    streams.reserve(lps);
    for (uint64_t i = 0; i < lps; ++i) streams.emplace_back(seed, 0, kPurposeBenchmark, i);
    std::vector<Event> storage;
    storage.reserve(lps * perLP);
    std::priority_queue<Event, std::vector<Event>, Later> queue(Later(), std::move(storage));
    uint64_t sequence = 0;
    for (uint64_t lp = 0; lp < lps; ++lp)
        for (uint64_t k = 0; k < perLP; ++k)
            queue.push({lookahead + streams[lp].exponential(1.0), sequence++, uint32_t(lp)});

    double now = 0;
    for (uint64_t processed = 0; processed < events && !queue.empty(); ++processed) {
        const Event event = queue.top();
        queue.pop();
        now = event.time;
        Stream& stream = streams[event.lp];
        const uint64_t destination = stream.below(lps);
        const double delay = lookahead + stream.exponential(1.0);
        queue.push({now + delay, sequence++, uint32_t(destination)});
    }

    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, now);
    *result.ptr = '\0';
    std::printf("system: cpp\nlps: %llu\nper_lp: %llu\nevents: %llu\nseed: %llu\n",
                (unsigned long long)lps, (unsigned long long)perLP,
                (unsigned long long)events, (unsigned long long)seed);
    std::printf("final_time: %s\nseconds: %.9f\nevents_per_second: %.0f\n",
                buffer, elapsed.count(), double(events) / elapsed.count());
    return 0;
}
