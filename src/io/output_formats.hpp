// The registry of output formats: one entry per format, each implemented in
// its own file (format_jsonl.cpp, format_csv.cpp, format_gdelt_tsv.cpp).
// `sitrep code --format` offers exactly these names. Adding a format: a
// format_NAME.cpp with its make function and one line in kOutputFormats
// (output_formats.cpp); HACKING.md has the recipe.
#pragma once
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "io/event_writer.hpp"

namespace sitrep::io {

struct OutputFormatSpec {
    std::string_view name;     // what --format takes
    std::string_view alias;    // a second accepted name ("" when none)
    std::string_view summary;  // for --help: "jsonl (sitrep.event/1)"
    std::unique_ptr<EventSink> (*make)(std::ostream& out, const WriterOptions& options);
};

// Every format, in --help order (the order of the OutputFormat enum).
std::span<const OutputFormatSpec> output_format_specs();
// The format called `name` (or its alias); nullptr when none is.
const OutputFormatSpec* find_output_format(std::string_view name);

std::unique_ptr<EventSink> make_jsonl_writer(std::ostream& out, const WriterOptions& options);
std::unique_ptr<EventSink> make_csv_writer(std::ostream& out, const WriterOptions& options);
std::unique_ptr<EventSink> make_gdelt_tsv_writer(std::ostream& out, const WriterOptions& options);

}  // namespace sitrep::io
