// The output-format registry: one line per format.
#include "io/output_formats.hpp"

#include "io/flat_columns.hpp"

namespace sitrep::io {

namespace {

// In the order of the OutputFormat enum and of --help.
const OutputFormatSpec kOutputFormats[] = {
    {"jsonl", "json", "jsonl (sitrep.event/1)", make_jsonl_writer},
    {"csv", "", "csv", make_csv_writer},
    {"tsv", "gdelt", "tsv (GDELT 2.0 columns)", make_gdelt_tsv_writer},
};

}  // namespace

std::span<const OutputFormatSpec> output_format_specs() {
    return kOutputFormats;
}

const OutputFormatSpec* find_output_format(std::string_view name) {
    for (const auto& spec : kOutputFormats)
        if (name == spec.name || (!spec.alias.empty() && name == spec.alias)) return &spec;
    return nullptr;
}

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    const OutputFormatSpec* spec = find_output_format(name);
    if (!spec) return std::nullopt;
    return static_cast<OutputFormat>(spec - kOutputFormats);
}

std::unique_ptr<EventSink> make_event_writer(OutputFormat format, std::ostream& out, const WriterOptions& options) {
    return kOutputFormats[static_cast<std::size_t>(format)].make(out, options);
}

std::unique_ptr<EventSink> make_event_writer(std::string_view name, std::ostream& out, const WriterOptions& options) {
    const OutputFormatSpec* spec = find_output_format(name);
    return spec ? spec->make(out, options) : nullptr;
}

const std::vector<std::string>& output_format_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& spec : kOutputFormats) out.emplace_back(spec.name);
        return out;
    }();
    return names;
}

std::string output_formats_help() {
    std::string help;
    const std::size_t n = std::size(kOutputFormats);
    for (std::size_t i = 0; i < n; ++i) {
        if (i != 0) help += n > 2 ? ", " : " ";
        if (i + 1 == n && n > 1) help += "or ";
        help += kOutputFormats[i].summary;
    }
    return help;
}

const std::vector<std::string_view>& csv_columns() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (const Column& c : csv_column_table()) out.push_back(c.name);
        return out;
    }();
    return names;
}

const std::array<std::string_view, 61>& gdelt_columns() {
    static const std::array<std::string_view, 61> names = [] {
        std::array<std::string_view, 61> out{};
        for (std::size_t i = 0; i < out.size(); ++i) out[i] = gdelt_column_table()[i].name;
        return out;
    }();
    return names;
}

}  // namespace sitrep::io
