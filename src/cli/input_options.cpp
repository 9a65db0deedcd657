#include "cli/input_options.hpp"

#include <iostream>

namespace sitrep::cli {

void InputOptions::add_to(CLI::App& cmd) {
    cmd.add_option("inputs", paths, "Files, directories (read recursively) or - for stdin; stdin when none");
    cmd.add_option("--date", date, "Story date YYYY-MM-DD for text input and records without a date");
    cmd.add_option("--input-format", input_format,
                   "text or jsonl (default: by extension, .jsonl/.ndjson[.gz|.zst] are JSON Lines)")
        ->check(CLI::IsMember({"auto", "text", "jsonl"}));
    cmd.add_option("--max-record-mib", max_record_mib, "Largest record or text document read, in MiB")
        ->check(CLI::Range(1, 4096));
}

std::optional<io::ReaderOptions> InputOptions::reader_options(std::string& error) const {
    io::ReaderOptions options;
    auto format = io::parse_input_format(input_format);
    if (!format) {
        error = "unknown --input-format '" + input_format + "' (use text or jsonl)";
        return std::nullopt;
    }
    options.format = *format;
    if (!date.empty()) {
        options.story_date = Date::parse_iso(date);
        if (!options.story_date) {
            error = "bad --date '" + date + "' (expected YYYY-MM-DD)";
            return std::nullopt;
        }
    }
    options.max_record_bytes = max_record_mib << 20;
    return options;
}

std::vector<std::string> InputOptions::inputs() const {
    return paths.empty() ? std::vector<std::string>{"-"} : paths;
}

void EngineFlags::add_to(CLI::App& cmd) {
    cmd.add_option("--dictionary", dictionaries, "Extra dictionary file (repeatable; format detected)")
        ->take_all()
        ->allow_extra_args(false);
    cmd.add_flag("--no-builtin", no_builtin, "Leave out the built-in dictionaries");
    cmd.add_flag("--require-dyad", require_dyad, "Keep only events with both a source and a target");
}

EngineOptions EngineFlags::options() const {
    EngineOptions options;
    options.dictionary_files = dictionaries;
    options.use_builtin = !no_builtin;
    options.require_dyad = require_dyad;
    return options;
}

std::string escape_controls(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    const auto hex = [&](unsigned v, int digits) {
        static const char* const kDigits = "0123456789abcdef";
        for (int k = digits - 1; k >= 0; --k) out.push_back(kDigits[(v >> (4 * k)) & 0xF]);
    };
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) {
            out += "\\x";
            hex(c, 2);
        } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            out += "\\u00";  // C1 controls (NEL U+0085 among them)
            hex(static_cast<unsigned char>(text[i + 1]), 2);
            ++i;
        } else if (c == 0xE2 && i + 2 < text.size() && text[i + 1] == '\x80' &&
                   (text[i + 2] == '\xA8' || text[i + 2] == '\xA9')) {
            out += text[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";  // line / paragraph separator
            i += 2;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

void print_diagnostic(const Diagnostic& d, bool quiet) {
    if (quiet && d.severity == Severity::warning) return;
    std::cerr << escape_controls(d.format()) << '\n';
}

void print_diagnostics(const Diagnostics& diagnostics, bool quiet) {
    for (const auto& d : diagnostics) print_diagnostic(d, quiet);
}

std::unique_ptr<Engine> load_engine_or_report(const EngineOptions& options, bool quiet) {
    Diagnostics diagnostics;
    auto engine = Engine::load(options, diagnostics);
    print_diagnostics(diagnostics, quiet);
    bool errors = false;
    for (const auto& d : diagnostics) errors = errors || d.severity == Severity::error;
    if (!engine || errors) {
        std::cerr << "sitrep: cannot build the engine from the dictionaries\n";
        return nullptr;
    }
    return engine;
}

}  // namespace sitrep::cli
