// Tolerant scanner for the PETRARCH validation record files.
#include "engine/validation_suite.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/utf8.hpp"

namespace sitrep {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string collapse_whitespace(std::string_view s) {
    std::string out;
    bool pending_space = false;
    for (char c : s) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += c;
    }
    return out;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Attributes of a start tag body such as ` date = "1995" id ='X' category=DEMO`.
std::map<std::string, std::string> read_attributes(std::string_view body) {
    std::map<std::string, std::string> attrs;
    size_t i = 0;
    while (i < body.size()) {
        while (i < body.size() && (is_space(body[i]) || body[i] == '/')) ++i;
        size_t name_start = i;
        while (i < body.size() && !is_space(body[i]) && body[i] != '=' && body[i] != '/') ++i;
        std::string name = lower(body.substr(name_start, i - name_start));
        while (i < body.size() && is_space(body[i])) ++i;
        if (i >= body.size() || body[i] != '=') {
            if (!name.empty()) attrs[name] = "";
            continue;
        }
        ++i;
        while (i < body.size() && is_space(body[i])) ++i;
        std::string value;
        if (i < body.size() && (body[i] == '"' || body[i] == '\'')) {
            const char quote = body[i++];
            const size_t end = body.find(quote, i);
            value = std::string(body.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i));
            i = end == std::string_view::npos ? body.size() : end + 1;
        } else {
            const size_t start = i;
            while (i < body.size() && !is_space(body[i])) ++i;
            value = std::string(body.substr(start, i - start));
        }
        if (!name.empty()) attrs[name] = decode_xml_entities(value);
    }
    return attrs;
}

bool tag_is(std::string_view xml, size_t at, std::string_view name) {
    // `<name` followed by a delimiter, case-insensitive.
    if (at + 1 + name.size() > xml.size()) return false;
    for (size_t k = 0; k < name.size(); ++k)
        if (std::tolower(static_cast<unsigned char>(xml[at + 1 + k])) !=
            std::tolower(static_cast<unsigned char>(name[k])))
            return false;
    const size_t after = at + 1 + name.size();
    return after == xml.size() || is_space(xml[after]) || xml[after] == '>' || xml[after] == '/';
}

size_t find_ci(std::string_view hay, std::string_view needle, size_t from) {
    auto it = std::search(hay.begin() + static_cast<long>(std::min(from, hay.size())), hay.end(), needle.begin(),
                          needle.end(), [](char a, char b) {
                              return std::tolower(static_cast<unsigned char>(a)) ==
                                     std::tolower(static_cast<unsigned char>(b));
                          });
    return it == hay.end() ? std::string_view::npos : static_cast<size_t>(it - hay.begin());
}

}  // namespace

std::string decode_xml_entities(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '&') {
            out += s[i];
            continue;
        }
        const size_t semi = s.find(';', i);
        if (semi == std::string_view::npos || semi - i > 10) {
            out += '&';
            continue;
        }
        const std::string_view name = s.substr(i + 1, semi - i - 1);
        if (name == "amp")
            out += '&';
        else if (name == "lt")
            out += '<';
        else if (name == "gt")
            out += '>';
        else if (name == "quot")
            out += '"';
        else if (name == "apos")
            out += '\'';
        else if (name.size() > 1 && name[0] == '#') {
            unsigned long cp = 0;
            try {
                cp = name[1] == 'x' || name[1] == 'X' ? std::stoul(std::string(name.substr(2)), nullptr, 16)
                                                      : std::stoul(std::string(name.substr(1)));
            } catch (...) {
                out += '&';
                continue;
            }
            if (cp < 0x110000) append_utf8(out, static_cast<char32_t>(cp));
        } else {
            out += '&';
            continue;
        }
        i = semi;
    }
    return out;
}

ValidationSuite read_validation_suite(std::string_view xml, const std::string& file, Diagnostics& diagnostics) {
    ValidationSuite suite;
    std::optional<ValidationRecord> open;
    bool has_text = false;
    // Line numbers: count newlines incrementally as the scan moves forward.
    size_t counted_to = 0;
    uint64_t line = 1;
    auto line_at = [&](size_t pos) {
        line += static_cast<uint64_t>(
            std::count(xml.begin() + static_cast<long>(counted_to), xml.begin() + static_cast<long>(pos), '\n'));
        counted_to = pos;
        return line;
    };
    auto close_record = [&] {
        if (!open) return;
        if (!has_text)
            diagnostics.push_back({Severity::error, file, open->line, "record " + open->id + " has no <Text>",
                                   DiagnosticCode::bad_record});
        else
            suite.records.push_back(std::move(*open));
        open.reset();
        has_text = false;
    };

    size_t i = 0;
    while (true) {
        i = xml.find('<', i);
        if (i == std::string_view::npos) break;
        if (xml.compare(i, 4, "<!--") == 0) {
            const size_t end = xml.find("-->", i + 4);
            const size_t sentence =
                find_ci(xml.substr(0, end == std::string_view::npos ? xml.size() : end), "<Sentence", i + 4);
            if (sentence != std::string_view::npos && (end == std::string_view::npos || sentence < end)) {
                i = sentence;  // an unclosed comment: the record starts here
                continue;
            }
            i = end == std::string_view::npos ? xml.size() : end + 3;
            continue;
        }
        const size_t gt = xml.find('>', i);
        if (gt == std::string_view::npos) break;
        const std::string_view tag = xml.substr(i, gt - i + 1);
        if (tag_is(xml, i, "Sentence")) {
            if (open) {
                diagnostics.push_back({Severity::warning, file, open->line,
                                       "record " + open->id + " has no </Sentence>", DiagnosticCode::bad_record});
                close_record();
            }
            auto attrs = read_attributes(tag.substr(9, tag.size() - 10));
            ValidationRecord r;
            r.line = line_at(i);
            r.id = attrs["id"];
            r.category = attrs["category"];
            r.date_text = attrs["date"];
            r.date = Date::parse_iso(r.date_text);
            if (!r.date)
                diagnostics.push_back({Severity::warning, file, r.line,
                                       "record " + r.id + ": bad date '" + r.date_text + "'",
                                       DiagnosticCode::bad_story_date});
            if (attrs.count("evaluate")) r.evaluate = lower(attrs["evaluate"]) != "false";
            open = std::move(r);
            has_text = false;
            i = gt + 1;
        } else if (tag_is(xml, i, "/Sentence")) {
            close_record();
            i = gt + 1;
        } else if (tag_is(xml, i, "EventCoding")) {
            if (open) {
                auto attrs = read_attributes(tag.substr(12, tag.size() - 13));
                if (attrs.count("noevents") && lower(attrs["noevents"]) == "true") {
                    open->no_events = true;
                } else if (attrs.count("error")) {
                    open->no_events = true;
                    open->error = attrs["error"];
                } else {
                    open->expected.push_back(EventTriple{attrs["sourcecode"], attrs["targetcode"], attrs["eventcode"]});
                }
            }
            i = gt + 1;
        } else if (tag_is(xml, i, "Text")) {
            const size_t end = find_ci(xml, "</Text>", gt + 1);
            const std::string_view body =
                xml.substr(gt + 1, (end == std::string_view::npos ? xml.size() : end) - gt - 1);
            if (open) {
                open->text = decode_xml_entities(collapse_whitespace(body));
                has_text = true;
            }
            i = end == std::string_view::npos ? xml.size() : end + 7;
        } else if (tag_is(xml, i, "Parse")) {
            const size_t end = find_ci(xml, "</Parse>", gt + 1);
            i = end == std::string_view::npos ? xml.size() : end + 8;
        } else {
            static constexpr std::string_view kFileTags[] = {"Verbfile", "Actorfile", "Agentfile", "Discardfile"};
            for (std::string_view name : kFileTags) {
                if (!tag_is(xml, i, name)) continue;
                const size_t end = xml.find('<', gt + 1);
                const std::string value = collapse_whitespace(
                    xml.substr(gt + 1, (end == std::string_view::npos ? xml.size() : end) - gt - 1));
                if (!value.empty()) suite.environment_files.push_back(value);
            }
            i = gt + 1;
        }
    }
    if (open) {
        diagnostics.push_back({Severity::warning, file, open->line, "record " + open->id + " has no </Sentence>",
                               DiagnosticCode::bad_record});
        close_record();
    }
    return suite;
}

}  // namespace sitrep
