// The output-format registry and the flat formats' column tables.
#include <gtest/gtest.h>

#include <set>
#include <sstream>
#include <string>

#include "io/flat_columns.hpp"
#include "io/output_formats.hpp"

using namespace sitrep;
using namespace sitrep::io;

TEST(OutputFormats, EveryRegisteredNameAndAliasMakesAWriter) {
    ASSERT_FALSE(output_format_specs().empty());
    for (const auto& spec : output_format_specs()) {
        std::ostringstream out;
        EXPECT_NE(make_event_writer(spec.name, out), nullptr) << spec.name;
        if (!spec.alias.empty()) EXPECT_EQ(find_output_format(spec.alias), &spec) << spec.alias;
        EXPECT_TRUE(parse_output_format(spec.name).has_value());
    }
    EXPECT_EQ(find_output_format("xml"), nullptr);
    EXPECT_EQ(output_format_names().size(), output_format_specs().size());
}

TEST(OutputFormats, FlatColumnNamesAreUnique) {
    for (const auto table : {csv_column_table(), gdelt_column_table()}) {
        std::set<std::string_view> names;
        for (const Column& c : table) EXPECT_TRUE(names.insert(c.name).second) << c.name;
    }
    EXPECT_EQ(gdelt_column_table().size(), 61u);
}

// Header and rows come from one table: a row has as many fields as the header.
TEST(OutputFormats, CsvRowsHaveAsManyFieldsAsTheHeader) {
    EventRecord record;
    record.doc = "d1";
    record.set_sentence_text("No commas here");
    record.event.cameo = "040";
    record.event.place = EventPlace{};
    std::ostringstream out;
    auto writer = make_event_writer(OutputFormat::csv, out);
    writer->accept(record);
    writer->finish();
    std::istringstream lines(out.str());
    std::string header, row;
    std::getline(lines, header);
    std::getline(lines, row);
    const auto fields = [](const std::string& line) { return std::count(line.begin(), line.end(), ',') + 1; };
    EXPECT_EQ(fields(header), static_cast<long>(csv_column_table().size()));
    EXPECT_EQ(fields(row), fields(header));
}
