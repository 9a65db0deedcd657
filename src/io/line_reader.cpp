#include "io/line_reader.hpp"

#include <cstring>
#include <new>

namespace sitrep::io {

namespace {
constexpr std::size_t kBufferBytes = 64 * 1024;
}

LineReader::LineReader(ByteSource& source, std::size_t max_line_bytes)
    : source_(source), max_line_bytes_(max_line_bytes), buffer_(new char[kBufferBytes]) {}

bool LineReader::refill() {
    if (eof_) return false;
    len_ = source_.read(buffer_.get(), kBufferBytes);
    pos_ = 0;
    if (len_ == 0) eof_ = true;
    return len_ != 0;
}

LineReader::Status LineReader::next(std::string& line) {
    line.clear();
    bool overflow = false;
    bool no_memory = false;
    bool any = false;  // saw at least one byte of this line
    for (;;) {
        if (pos_ == len_ && !refill()) {
            if (!any) return Status::end;
            break;  // last line without a final newline
        }
        any = true;
        const char* start = buffer_.get() + pos_;
        const std::size_t avail = len_ - pos_;
        const void* nl = std::memchr(start, '\n', avail);
        const std::size_t take = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : avail;
        if (!overflow && !no_memory) {
            if (line.size() + take > max_line_bytes_) {
                overflow = true;
                std::string().swap(line);  // give the memory back at once
            } else {
                try {
                    line.append(start, take);
                } catch (const std::bad_alloc&) {
                    no_memory = true;  // skip the rest of this line, as for one too long
                    std::string().swap(line);
                }
            }
        }
        pos_ += take;
        if (nl) {
            ++pos_;
            break;
        }
    }
    ++line_number_;
    if (overflow) return Status::too_long;
    if (no_memory) return Status::no_memory;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return Status::line;
}

bool read_all(ByteSource& source, std::size_t max_bytes, std::string& out) {
    out.clear();
    for (;;) {
        // Read straight into the string (its capacity grows geometrically).
        const std::size_t used = out.size();
        out.resize(used + kBufferBytes);
        const std::size_t got = source.read(out.data() + used, out.size() - used);
        out.resize(used + got);
        if (got == 0) return true;
        if (out.size() > max_bytes) {
            std::string().swap(out);
            return false;
        }
    }
}

}  // namespace sitrep::io
