// Rows for PostgreSQL's COPY ... FROM STDIN in its text format: fields
// separated by tabs, rows by newlines, NULL as \N, and backslash, tab,
// newline and carriage return escaped. Fields are set by position with the
// same calls as Statement's bind (parameter 1 is the first field), so the
// templates that bind an event's columns fill a COPY row as well.
#pragma once
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::store {

class CopyRows {
public:
    explicit CopyRows(int fields) : values_(static_cast<size_t>(fields)), set_(static_cast<size_t>(fields), 0) {}

    CopyRows& bind(int i, int64_t v) {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        return put(i, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
    }
    CopyRows& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
    CopyRows& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
    CopyRows& bind(int i, double v) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest exact form, as Statement binds it
        return put(i, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
    }
    CopyRows& bind(int i, std::string_view text) { return put(i, text); }
    CopyRows& bind(int i, const char* text) { return put(i, text); }
    CopyRows& bind(int i, const std::string& text) { return put(i, text); }
    CopyRows& bind_static(int i, std::string_view text) { return put(i, text); }
    CopyRows& bind_static_or_null(int i, std::string_view text) { return text.empty() ? bind_null(i) : put(i, text); }
    CopyRows& bind_text_or_null(int i, std::string_view text) { return bind_static_or_null(i, text); }
    CopyRows& bind_null(int i) {
        set_[static_cast<size_t>(i - 1)] = 0;
        return *this;
    }

    // Appends the row set so far to the data and starts the next (all NULL).
    void end_row() {
        for (size_t i = 0; i < values_.size(); ++i) {
            if (i) data_ += '\t';
            if (!set_[i]) {
                data_ += "\\N";
                continue;
            }
            for (char c : values_[i]) {
                switch (c) {
                    case '\\':
                        data_ += "\\\\";
                        break;
                    case '\t':
                        data_ += "\\t";
                        break;
                    case '\n':
                        data_ += "\\n";
                        break;
                    case '\r':
                        data_ += "\\r";
                        break;
                    case '\0':
                        break;  // PostgreSQL text cannot hold NUL bytes (Statement drops them too)
                    default:
                        data_ += c;
                }
            }
            set_[i] = 0;
        }
        data_ += '\n';
        ++rows_;
    }

    const std::string& data() const { return data_; }
    size_t rows() const { return rows_; }
    void clear() {
        data_.clear();
        rows_ = 0;
    }

private:
    CopyRows& put(int i, std::string_view text) {
        const auto k = static_cast<size_t>(i - 1);
        values_[k].assign(text);
        set_[k] = 1;
        return *this;
    }

    std::vector<std::string> values_;
    std::vector<char> set_;
    std::string data_;
    size_t rows_ = 0;
};

}  // namespace sitrep::store
