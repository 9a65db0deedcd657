// Fast path: JSON Lines news records are flat objects whose strings rarely
// hold escapes, so copying runs of plain bytes (memchr-like scanning) reads
// them several times faster than a general DOM parser. Strict JSON only: any
// doubt hands the line to nlohmann-json.
#include "io/record_fields.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/utf8.hpp"

namespace sitrep::io {

RecordField* RecordFields::find(std::string_view key) {
    if (key == "text") return &text;
    if (key == "id") return &id;
    if (key == "date") return &date;
    if (key == "url") return &url;
    if (key == "source") return &source;
    if (key == "title") return &title;
    return nullptr;
}

namespace {

class FlatParser {
public:
    explicit FlatParser(std::string_view s) : s_(s) {}

    bool parse(RecordFields& out) {
        skip_ws();
        if (!eat('{')) return false;
        skip_ws();
        if (eat('}')) return at_end();
        std::string key;
        for (;;) {
            if (!eat('"') || !string_body(key)) return false;
            skip_ws();
            if (!eat(':')) return false;
            skip_ws();
            RecordField* field = out.find(key);
            RecordField scratch;
            if (!value(field ? *field : scratch)) return false;
            skip_ws();
            if (eat('}')) return at_end();
            if (!eat(',')) return false;
            skip_ws();
        }
    }

private:
    bool at_end() {
        skip_ws();
        return i_ == s_.size();
    }
    void skip_ws() {
        while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n')) ++i_;
    }
    bool eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) {
            ++i_;
            return true;
        }
        return false;
    }
    bool literal(std::string_view word) {
        if (s_.substr(i_, word.size()) != word) return false;
        i_ += word.size();
        return true;
    }

    bool value(RecordField& field) {
        if (i_ >= s_.size()) return false;
        const char c = s_[i_];
        field.value.clear();
        if (c == '"') {
            ++i_;
            field.type = RecordField::Type::string;
            return string_body(field.value);
        }
        if (c == 'n' && literal("null")) {
            field.type = RecordField::Type::null;
            return true;
        }
        if ((c == 't' && literal("true")) || (c == 'f' && literal("false"))) {
            field.type = RecordField::Type::other;
            field.type_name = "boolean";
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) return number(field);
        return false;  // objects, arrays, garbage: the full parser decides
    }

    // JSON number grammar. An integer of any length keeps its text (an id:
    // "id": 123456789012345678901234567890 is as good as a string); a
    // fraction or an exponent is just "a number", never parsed as a double,
    // so "1e400" in a field sitrep does not read cannot reject the record.
    bool number(RecordField& field) {
        const std::size_t start = i_;
        eat('-');
        if (eat('0')) {
        } else if (i_ < s_.size() && s_[i_] >= '1' && s_[i_] <= '9') {
            while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        } else {
            return false;
        }
        bool integer = true;
        if (eat('.')) {
            integer = false;
            if (!digits()) return false;
        }
        if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
            ++i_;
            integer = false;
            if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
            if (!digits()) return false;
        }
        const std::string_view text = s_.substr(start, i_ - start);
        if (integer) {
            field.type = RecordField::Type::integer;
            field.value = std::string(text);
        } else {
            field.type = RecordField::Type::other;
            field.type_name = "number";
        }
        return true;
    }
    bool digits() {
        const std::size_t start = i_;
        while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
        return i_ > start;
    }

    static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }
    bool hex4(uint32_t& out) {
        if (i_ + 4 > s_.size()) return false;
        out = 0;
        for (int k = 0; k < 4; ++k) {
            const int h = hex(s_[i_ + static_cast<std::size_t>(k)]);
            if (h < 0) return false;
            out = out * 16 + static_cast<uint32_t>(h);
        }
        i_ += 4;
        return true;
    }

    // After the opening quote; decodes into `out` (the input is valid UTF-8).
    bool string_body(std::string& out) {
        out.clear();
        for (;;) {
            std::size_t run = i_;
            while (run < s_.size()) {
                const auto b = static_cast<unsigned char>(s_[run]);
                if (b == '"' || b == '\\' || b < 0x20) break;
                ++run;
            }
            out.append(s_.data() + i_, run - i_);
            i_ = run;
            if (i_ >= s_.size()) return false;
            const char c = s_[i_++];
            if (c == '"') return true;
            if (c != '\\') return false;  // raw control character: invalid JSON
            if (i_ >= s_.size()) return false;
            const char e = s_[i_++];
            switch (e) {
                case '"':
                    out += '"';
                    break;
                case '\\':
                    out += '\\';
                    break;
                case '/':
                    out += '/';
                    break;
                case 'b':
                    out += '\b';
                    break;
                case 'f':
                    out += '\f';
                    break;
                case 'n':
                    out += '\n';
                    break;
                case 'r':
                    out += '\r';
                    break;
                case 't':
                    out += '\t';
                    break;
                case 'u': {
                    uint32_t cp = 0;
                    if (!hex4(cp)) return false;
                    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // lone low surrogate
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        uint32_t low = 0;
                        if (!eat('\\') || !eat('u') || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    append_utf8(out, static_cast<char32_t>(cp));  // core/utf8.hpp
                    break;
                }
                default:
                    return false;
            }
        }
    }

    std::string_view s_;
    std::size_t i_ = 0;
};

RecordField field_from_json(const nlohmann::json& j) {
    RecordField f;
    if (j.is_null()) {
        f.type = RecordField::Type::null;
    } else if (j.is_string()) {
        f.type = RecordField::Type::string;
        f.value = j.get<std::string>();
    } else if (j.is_number_integer() || j.is_number_unsigned()) {
        f.type = RecordField::Type::integer;
        f.value = j.dump();
    } else {
        f.type = RecordField::Type::other;
        f.type_name = j.type_name();
    }
    return f;
}

// The line with every number that has a fraction or an exponent written as
// 0.0, outside strings. sitrep reads no such number (a numeric field it reads
// is rejected as "number" either way), so a value out of a double's range
// (1e400) in a field sitrep does not read cannot reject the record (issue 13).
std::string neutralise_fractional_numbers(std::string_view line) {
    std::string out;
    out.reserve(line.size());
    bool in_string = false;
    for (std::size_t i = 0; i < line.size();) {
        const char c = line[i];
        if (in_string) {
            out.push_back(c);
            if (c == '\\' && i + 1 < line.size())
                out.push_back(line[++i]);
            else if (c == '"')
                in_string = false;
            ++i;
        } else if (c == '"') {
            in_string = true;
            out.push_back(c);
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = i;
            bool fractional = false;
            while (end < line.size() && (line[end] == '-' || line[end] == '+' || line[end] == '.' || line[end] == 'e' ||
                                         line[end] == 'E' || (line[end] >= '0' && line[end] <= '9'))) {
                fractional = fractional || line[end] == '.' || line[end] == 'e' || line[end] == 'E';
                ++end;
            }
            if (fractional)
                out += "0.0";
            else
                out.append(line.substr(i, end - i));
            i = end;
        } else {
            out.push_back(c);
            ++i;
        }
    }
    return out;
}

}  // namespace

bool parse_flat_record(std::string_view line, RecordFields& out) {
    out = RecordFields{};
    return FlatParser(line).parse(out);
}

bool parse_record_json(std::string_view line, RecordFields& out, std::string& error) {
    out = RecordFields{};
    nlohmann::json record;
    try {
        try {
            record = nlohmann::json::parse(line);
        } catch (const nlohmann::json::out_of_range& e) {
            if (e.id != 406) throw;  // 406: a number out of a double's range
            record = nlohmann::json::parse(neutralise_fractional_numbers(line));
        }
    } catch (const nlohmann::json::exception& e) {  // parse_error, or out_of_range on number overflow
        std::string message = e.what();
        if (auto p = message.find("] "); p != std::string::npos) message.erase(0, p + 2);
        if (message.rfind("parse error at line 1, ", 0) == 0) message.erase(0, 23);
        error = "invalid JSON (" + message + ")";
        return false;
    }
    if (!record.is_object()) {
        error = std::string("record is a JSON ") + record.type_name() + ", not an object";
        return false;
    }
    for (const auto& [key, value] : record.items()) {
        if (RecordField* field = out.find(key)) *field = field_from_json(value);
    }
    return true;
}

}  // namespace sitrep::io
