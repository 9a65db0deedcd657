#include "actors/token_trie.hpp"

namespace sitrep {

namespace {
// Mixes the 64-bit (node, token) key so neighbouring nodes spread over the table.
uint64_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}
}  // namespace

TokenTrie::TokenTrie() : edges_(16), terminals_(1) {}

uint32_t TokenTrie::token_id(std::string_view norm) const {
    auto it = ids_.find(norm);
    return it == ids_.end() ? kNone : it->second;
}

uint32_t TokenTrie::child(uint32_t node, uint32_t token) const {
    const uint64_t key = edge_key(node, token);
    const size_t mask = edges_.size() - 1;
    for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        const Edge& e = edges_[i];
        if (e.key == key) return e.child;
        if (e.key == UINT64_MAX) return kNone;
    }
}

uint32_t TokenTrie::intern(std::string_view norm) {
    auto it = ids_.find(norm);
    if (it != ids_.end()) return it->second;
    const auto id = static_cast<uint32_t>(ids_.size());
    ids_.emplace(std::string(norm), id);
    return id;
}

void TokenTrie::put_edge(uint64_t key, uint32_t child) {
    const size_t mask = edges_.size() - 1;
    for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
        Edge& e = edges_[i];
        if (e.key == UINT64_MAX) {
            e = Edge{key, child};
            ++edge_count_;
            return;
        }
        if (e.key == key) {
            e.child = child;
            return;
        }
    }
}

void TokenTrie::grow() {
    std::vector<Edge> old(edges_.size() * 2);
    old.swap(edges_);
    edge_count_ = 0;
    for (const Edge& e : old)
        if (e.key != UINT64_MAX) put_edge(e.key, e.child);
}

uint32_t TokenTrie::insert(const std::vector<std::string>& norms) {
    uint32_t node = root();
    for (const auto& norm : norms) {
        const uint32_t token = intern(norm);
        uint32_t next = child(node, token);
        if (next == kNone) {
            // Keep the load factor at or below one half so probes stay short.
            if ((edge_count_ + 1) * 2 > edges_.size()) grow();
            next = static_cast<uint32_t>(terminals_.size());
            terminals_.emplace_back();
            put_edge(edge_key(node, token), next);
        }
        node = next;
    }
    return node;
}

void TokenTrie::finish() {
    while (edge_count_ * 3 > edges_.size()) grow();
}

size_t TokenTrie::memory_bytes() const {
    size_t bytes = edges_.capacity() * sizeof(Edge) + terminals_.capacity() * sizeof(Terminal);
    for (const auto& [norm, id] : ids_)  // node: next pointer, key, value, cached hash
        bytes += sizeof(void*) + sizeof(norm) + sizeof(id) + sizeof(size_t) +
                 (norm.capacity() > 15 ? norm.capacity() + 1 : 0);
    bytes += ids_.bucket_count() * sizeof(void*);
    return bytes;
}

}  // namespace sitrep
