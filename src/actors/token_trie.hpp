// A trie over interned token norms: each distinct norm gets a small integer id,
// and an edge is one probe in a flat open-addressing table keyed by
// (node, token id). Chosen after measuring (see bench/actors_bench.cpp and
// docs in the report): one string hash per text token, then integer probes,
// beats walking per-node std::map children and joined-string tries for
// longest-match on token boundaries.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/string_hash.hpp"

namespace sitrep {

class TokenTrie {
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    // What ends at a node: the winning actor and agent phrase ids (or kNone).
    struct Terminal {
        uint32_t actor = kNone;
        uint32_t agent = kNone;
    };

    TokenTrie();

    // Id of a norm known to the dictionary, kNone otherwise (never allocates).
    uint32_t token_id(std::string_view norm) const;
    static constexpr uint32_t root() { return 0; }
    uint32_t child(uint32_t node, uint32_t token) const;
    const Terminal& terminal(uint32_t node) const { return terminals_[node]; }

    size_t node_count() const { return terminals_.size(); }
    size_t token_count() const { return ids_.size(); }
    size_t memory_bytes() const;

    // Building (single-threaded, before sharing).
    uint32_t intern(std::string_view norm);
    uint32_t insert(const std::vector<std::string>& norms);  // returns the end node
    Terminal& terminal_for_update(uint32_t node) { return terminals_[node]; }
    void finish();  // sizes the edge table for fast probes

private:
    struct Edge {
        uint64_t key = UINT64_MAX;  // (node << 32) | token
        uint32_t child = kNone;
    };
    static uint64_t edge_key(uint32_t node, uint32_t token) { return (static_cast<uint64_t>(node) << 32) | token; }
    void put_edge(uint64_t key, uint32_t child);
    void grow();

    StringMap<uint32_t> ids_;
    std::vector<Edge> edges_;  // open addressing, power-of-two size
    size_t edge_count_ = 0;
    std::vector<Terminal> terminals_;
};

}  // namespace sitrep
