#include "store/coder_id.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/hash.hpp"
#include "engine/builtin_data.hpp"

namespace sitrep::store {

namespace {

// Two independent 64-bit FNV-1a streams; each piece is followed by its
// length so that no two lists of pieces hash alike by shifting a boundary.
struct Fingerprint {
    uint64_t a = 0xCBF29CE484222325ULL, b = 0x84222325CBF29CE4ULL;
    void add(std::string_view piece) {
        a = fnv1a(piece, a);
        b = fnv1a(piece, b);
        const std::string n = "\x1f" + std::to_string(piece.size());
        a = fnv1a(n, a);
        b = mix64(fnv1a(n, b));
    }
    std::string hex() const {
        char buf[33];
        std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                      static_cast<unsigned long long>(b));
        return buf;
    }
};

}  // namespace

std::string coder_id(const EngineOptions& options) {
    Fingerprint f;
    f.add("sitrep-coder/1");  // bump when the coder's output changes without a dictionary change
    f.add(options.require_dyad ? "require-dyad" : "");
    f.add(options.until ? "partial pipeline" : "whole pipeline");
    if (options.use_builtin) {
        for (const BuiltinFile& file : builtin_files()) {
            f.add(file.path);
            f.add(file.content);
        }
    }
    for (const std::string& path : options.dictionary_files) {
        f.add(path);
        std::ifstream in(path, std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        f.add(content.str());
    }
    for (const DictionaryText& text : options.dictionary_texts) {
        f.add(text.path);
        f.add(text.content);
    }
    return f.hex();
}

}  // namespace sitrep::store
