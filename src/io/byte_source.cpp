// File, memory, gzip (zlib) and zstd (libzstd) byte sources.
#include "io/byte_source.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace sitrep::io {

namespace {

class FileSource final : public ByteSource {
public:
    FileSource(int fd, bool owned) : fd_(fd), owned_(owned) {}
    ~FileSource() override {
        if (owned_) ::close(fd_);
    }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    std::size_t read(char* out, std::size_t n) override {
        for (;;) {
            const ssize_t got = ::read(fd_, out, n);
            if (got >= 0) {
                raw_ += static_cast<uint64_t>(got);
                return static_cast<std::size_t>(got);
            }
            if (errno == EINTR) continue;
            error_ = std::string("read failed: ") + std::strerror(errno);
            return 0;
        }
    }
    uint64_t raw_bytes_read() const override { return raw_; }

private:
    int fd_;
    bool owned_;
    uint64_t raw_ = 0;
};

class MemorySource final : public ByteSource {
public:
    explicit MemorySource(std::string bytes) : bytes_(std::move(bytes)) {}
    std::size_t read(char* out, std::size_t n) override {
        const std::size_t k = std::min(n, bytes_.size() - pos_);
        std::memcpy(out, bytes_.data() + pos_, k);
        pos_ += k;
        return k;
    }
    uint64_t raw_bytes_read() const override { return pos_; }

private:
    std::string bytes_;
    std::size_t pos_ = 0;
};

// Gives back the bytes peeked for magic-number detection before the rest.
class PrefixedSource final : public ByteSource {
public:
    PrefixedSource(std::string prefix, std::unique_ptr<ByteSource> inner)
        : prefix_(std::move(prefix)), inner_(std::move(inner)) {}
    std::size_t read(char* out, std::size_t n) override {
        if (pos_ < prefix_.size()) {
            const std::size_t k = std::min(n, prefix_.size() - pos_);
            std::memcpy(out, prefix_.data() + pos_, k);
            pos_ += k;
            return k;
        }
        const std::size_t got = inner_->read(out, n);
        if (got == 0) error_ = inner_->error();
        return got;
    }
    uint64_t raw_bytes_read() const override { return inner_->raw_bytes_read(); }

private:
    std::string prefix_;
    std::size_t pos_ = 0;
    std::unique_ptr<ByteSource> inner_;
};

constexpr std::size_t kChunk = 64 * 1024;

class GzipSource final : public ByteSource {
public:
    explicit GzipSource(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), in_(kChunk) {
        std::memset(&z_, 0, sizeof z_);
        // 15 + 32: any window size, gzip or zlib header detected automatically.
        if (inflateInit2(&z_, 15 + 32) != Z_OK) {
            error_ = "cannot initialise zlib";
            failed_ = true;
        }
    }
    ~GzipSource() override { inflateEnd(&z_); }
    GzipSource(const GzipSource&) = delete;
    GzipSource& operator=(const GzipSource&) = delete;

    std::size_t read(char* out, std::size_t n) override {
        if (failed_ || n == 0) return 0;
        z_.next_out = reinterpret_cast<Bytef*>(out);
        z_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
        const uInt wanted = z_.avail_out;
        while (z_.avail_out == wanted) {
            if (z_.avail_in == 0 && !raw_eof_) {
                const std::size_t got = raw_->read(reinterpret_cast<char*>(in_.data()), in_.size());
                if (got == 0) {
                    raw_eof_ = true;
                    if (!raw_->error().empty()) return fail(raw_->error());
                }
                z_.next_in = in_.data();
                z_.avail_in = static_cast<uInt>(got);
            }
            if (z_.avail_in == 0 && raw_eof_) {
                if (!member_done_) return fail("unexpected end of gzip data (truncated file?)");
                return 0;
            }
            if (member_done_ && z_.avail_in > 0 && z_.next_in[0] == 0) {
                // Zero padding after the last member (tape blocks, some writers),
                // which gzip -t accepts: skipped, and anything after it is an error.
                while (z_.avail_in > 0 && z_.next_in[0] == 0) {
                    ++z_.next_in;
                    --z_.avail_in;
                }
                if (z_.avail_in > 0) return fail("corrupt gzip data: bytes after the zero padding");
                padding_ = true;
                continue;
            }
            if (member_done_ && padding_ && z_.avail_in > 0)
                return fail("corrupt gzip data: bytes after the zero padding");
            if (member_done_) {
                // Concatenated gzip members form one stream (as gzip -d reads them).
                inflateReset(&z_);
                member_done_ = false;
            }
            const int rc = inflate(&z_, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                member_done_ = true;
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                return fail(std::string("corrupt gzip data: ") + (z_.msg ? z_.msg : "inflate failed"));
            }
        }
        return wanted - z_.avail_out;
    }
    uint64_t raw_bytes_read() const override { return raw_->raw_bytes_read(); }

private:
    std::size_t fail(std::string why) {
        error_ = std::move(why);
        failed_ = true;
        return 0;
    }
    std::unique_ptr<ByteSource> raw_;
    std::vector<Bytef> in_;
    bool padding_ = false;  // zero padding seen after the last member
    z_stream z_;
    bool raw_eof_ = false;
    bool member_done_ = false;
    bool failed_ = false;
};

class ZstdSource final : public ByteSource {
public:
    explicit ZstdSource(std::unique_ptr<ByteSource> raw)
        : raw_(std::move(raw)), stream_(ZSTD_createDStream()), in_(ZSTD_DStreamInSize()) {
        if (stream_ == nullptr || ZSTD_isError(ZSTD_initDStream(stream_))) {
            error_ = "cannot initialise zstd";
            failed_ = true;
        }
    }
    ~ZstdSource() override { ZSTD_freeDStream(stream_); }
    ZstdSource(const ZstdSource&) = delete;
    ZstdSource& operator=(const ZstdSource&) = delete;

    std::size_t read(char* out, std::size_t n) override {
        if (failed_ || n == 0) return 0;
        ZSTD_outBuffer output{out, n, 0};
        while (output.pos == 0) {
            if (input_.pos == input_.size && !raw_eof_) {
                const std::size_t got = raw_->read(in_.data(), in_.size());
                if (got == 0) {
                    raw_eof_ = true;
                    if (!raw_->error().empty()) return fail(raw_->error());
                }
                input_ = ZSTD_inBuffer{in_.data(), got, 0};
            }
            const bool no_input = input_.pos == input_.size;
            if (no_input && raw_eof_ && frame_done_) return 0;
            const std::size_t rc = ZSTD_decompressStream(stream_, &output, &input_);
            if (ZSTD_isError(rc)) return fail(std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc));
            frame_done_ = rc == 0;
            if (output.pos == 0 && no_input && raw_eof_) {
                if (!frame_done_) return fail("unexpected end of zstd data (truncated file?)");
                return 0;
            }
        }
        return output.pos;
    }
    uint64_t raw_bytes_read() const override { return raw_->raw_bytes_read(); }

private:
    std::size_t fail(std::string why) {
        error_ = std::move(why);
        failed_ = true;
        return 0;
    }
    std::unique_ptr<ByteSource> raw_;
    ZSTD_DStream* stream_;
    std::vector<char> in_;
    ZSTD_inBuffer input_{nullptr, 0, 0};
    bool raw_eof_ = false;
    bool frame_done_ = true;
    bool failed_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::string& error) {
    if (path == "-") return std::make_unique<FileSource>(STDIN_FILENO, false);
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = std::strerror(errno);
        return nullptr;
    }
    return std::make_unique<FileSource>(fd, true);
}

std::unique_ptr<ByteSource> open_memory_source(std::string bytes) {
    return std::make_unique<MemorySource>(std::move(bytes));
}

std::unique_ptr<ByteSource> open_decompressed(std::unique_ptr<ByteSource> raw, Compression& detected) {
    // Read up to four bytes: enough for both magic numbers, even from a pipe
    // that hands them out one at a time.
    std::string head(4, '\0');
    std::size_t have = 0;
    while (have < head.size()) {
        const std::size_t got = raw->read(head.data() + have, head.size() - have);
        if (got == 0) break;
        have += got;
    }
    head.resize(have);
    const auto starts = [&](std::string_view magic) {
        return head.compare(0, magic.size(), magic) == 0 && head.size() >= magic.size();
    };
    auto prefixed = std::make_unique<PrefixedSource>(head, std::move(raw));
    if (starts("\x1f\x8b")) {
        detected = Compression::gzip;
        return std::make_unique<GzipSource>(std::move(prefixed));
    }
    if (starts("\x28\xb5\x2f\xfd")) {
        detected = Compression::zstd;
        return std::make_unique<ZstdSource>(std::move(prefixed));
    }
    detected = Compression::none;
    return prefixed;
}

}  // namespace sitrep::io
