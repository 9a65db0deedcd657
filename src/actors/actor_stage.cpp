// Actor recognition over one document: dictionary pieces first (longest match
// on token norms), then composition of neighbouring pieces into mentions.
#include "actors/actor_stage.hpp"

#include <algorithm>

namespace sitrep {

namespace {
constexpr uint32_t kNone = TokenTrie::kNone;

// English function words the composition rules hinge on. They are grammar, not
// names, so they live here rather than in a dictionary.
constexpr std::string_view kPossessive = "'s";
constexpr std::string_view kFor = "for";
constexpr std::string_view kOf = "of";
constexpr std::string_view kThe = "the";
constexpr std::string_view kIn = "in";
constexpr std::string_view kFrom = "from";
constexpr std::string_view kAnd = "and";
constexpr std::string_view kComma = ",";
constexpr std::string_view kDollar = "$";
// The role countries.actors gives a capital or government building ("Nairobi" KENGOV).
constexpr std::string_view kSeatRole = "GOV";

// Words that may stand between a country and its role without breaking the
// composition: "Iraqi senior officials", "Dagolath's first Deputy Prime Minister".
constexpr std::string_view kRoleModifiers[] = {
    "senior",     "top",    "former",  "local", "first",     "second",  "high-ranking",
    "ranking",    "acting", "interim", "new",   "junior",    "leading", "regional",
    "provincial", "chief",  "deputy",  "vice",  "assistant",
};

bool is_role_modifier(std::string_view norm) {
    for (std::string_view m : kRoleModifiers)
        if (norm == m) return true;
    return false;
}

// A stretch of tokens recognised before composition.
struct Piece {
    TokenRange tokens;
    uint32_t actor = kNone;  // actor phrase id
    uint32_t agent = kNone;  // agent phrase id
    // "<country>-<affix>" in one hyphenated token: the country's phrase and the
    // agents the affix names ("Iranian-allied").
    uint32_t affix_country = kNone;
    const std::vector<uint32_t>* affix_agents = nullptr;
    bool name = false;  // capitalised words with no entry
};

// A mention being assembled from pieces.
struct Draft {
    TokenRange tokens;
    ActorKind kind = ActorKind::coded;
    std::string code;           // full code; empty when uncoded or an unattached agent
    std::string sector;         // for unattached agents: the role code
    bool sector_first = false;  // for unattached agents: the role is written before a country
    // The code a role after "and" joins: all but the last role ("DNKMUS" of DNKMUSMED).
    std::string shared_base;
    std::vector<SourceRef> rules;

    void add_rule(SourceRef r) {
        if (!r.empty() && std::find(rules.begin(), rules.end(), r) == rules.end()) rules.push_back(r);
    }
};

class SentenceCoder {
public:
    SentenceCoder(const ActorDictionary& dict, Document& doc, const std::vector<uint32_t>& ids)
        : dict_(dict), doc_(doc), ids_(ids), date_(doc.meta.story_date) {}

    bool used_undated_code() const { return used_undated_code_; }

    void run(uint32_t sentence, TokenRange range) {
        sentence_ = sentence;
        find_pieces(range);
        size_t k = 0;
        while (k < pieces_.size()) {
            const Piece& p = pieces_[k];
            if (p.affix_agents) {
                k = code_affiliated(k);
            } else if (p.actor != kNone) {
                Draft d;
                size_t next = compose_actor(k, d);
                if (!d.tokens.empty()) emit(d);
                if (!d.shared_base.empty()) next = share_country(next, d);
                k = next;
            } else if (p.agent != kNone) {
                k = code_agent(k);
            } else {
                Draft d;
                d.tokens = p.tokens;
                d.kind = ActorKind::uncoded;
                emit(d);
                ++k;
            }
        }
    }

private:
    // ---- pieces -------------------------------------------------------------

    // Longest dictionary match starting at token i (length 0 when none).
    uint32_t longest_match(uint32_t i, uint32_t end, uint32_t& actor, uint32_t& agent) const {
        const TokenTrie& trie = dict_.trie();
        uint32_t node = TokenTrie::root(), best = 0;
        actor = agent = kNone;
        for (uint32_t j = i; j < end; ++j) {
            if (ids_[j] == kNone) break;
            node = trie.child(node, ids_[j]);
            if (node == kNone) break;
            const auto& t = trie.terminal(node);
            const uint32_t a = written_as_required(t.actor, i) ? t.actor : kNone;
            const uint32_t g = written_as_required(t.agent, i) ? t.agent : kNone;
            if (a != kNone || g != kNone) {
                best = j - i + 1;
                actor = a;
                agent = g;
            }
        }
        return best;
    }

    // Acronyms written in capitals in the dictionary ("US", "IS") match only
    // capitalised text, so the pronoun "us" and the verb "is" are not actors.
    bool written_as_required(uint32_t phrase_id, uint32_t first) const {
        if (phrase_id == kNone) return false;
        uint64_t caps = dict_.phrase(phrase_id).capitals;
        for (uint32_t k = 0; caps != 0; ++k, caps >>= 1)
            if ((caps & 1) && !written_in_capitals(doc_.view(doc_.tokens[first + k].span))) return false;
        return true;
    }

    uint32_t single_token_actor(std::string_view norm) const {
        const TokenTrie& trie = dict_.trie();
        const uint32_t id = trie.token_id(norm);
        if (id == kNone) return kNone;
        const uint32_t node = trie.child(TokenTrie::root(), id);
        if (node == kNone) return kNone;
        const uint32_t actor = trie.terminal(node).actor;
        // The part before "-allied" is checked loosely: "US-led" keeps its capitals.
        return actor;
    }

    // "Iranian-allied": a known actor, a hyphen, and an affix an agent declares.
    bool affiliated_piece(uint32_t i, Piece& piece) const {
        const std::string& norm = doc_.tokens[i].norm;
        const size_t dash = norm.rfind('-');
        if (dash == std::string::npos || dash == 0 || dash + 1 >= norm.size()) return false;
        const auto* agents = dict_.affix_entries(std::string_view(norm).substr(dash + 1));
        if (!agents) return false;
        const uint32_t actor = single_token_actor(std::string_view(norm).substr(0, dash));
        if (actor == kNone) return false;
        piece.tokens = {i, i + 1};
        piece.affix_country = actor;
        piece.affix_agents = agents;
        return true;
    }

    // Proper-name tokens: capitalised words, and particles such as "al-Muhandis"
    // whose part after the hyphen is capitalised.
    bool name_like(uint32_t i) const {
        const Token& t = doc_.tokens[i];
        if (t.kind != TokenKind::word || t.span.size() < 2) return false;
        if (t.capitalized) return true;
        const std::string_view text = doc_.view(t.span);
        const size_t dash = text.rfind('-');
        return dash != std::string_view::npos && dash + 1 < text.size() && text[dash + 1] >= 'A' &&
               text[dash + 1] <= 'Z';
    }

    // A dollar sign written against the name before it: "US$", "A$", "HK$".
    bool currency_prefix(uint32_t next, uint32_t end) const {
        return next < end && !doc_.tokens[next].space_before && doc_.tokens[next].norm == kDollar;
    }

    void find_pieces(TokenRange range) {
        pieces_.clear();
        uint32_t first_word = range.first;
        while (first_word < range.last && doc_.tokens[first_word].kind != TokenKind::word) ++first_word;
        uint32_t i = range.first;
        while (i < range.last) {
            Piece piece;
            const uint32_t len = longest_match(i, range.last, piece.actor, piece.agent);
            if (len > 0 && currency_prefix(i + len, range.last)) {
                i += len;  // "US$400", "HK$5": a currency, not the country
                continue;
            }
            if (len > 0) {
                piece.tokens = {i, i + len};
                pieces_.push_back(piece);
                i += len;
                continue;
            }
            if (affiliated_piece(i, piece)) {
                pieces_.push_back(piece);
                ++i;
                continue;
            }
            // "Deputy" in "first Deputy Prime Minister" qualifies the title after it
            // rather than naming anyone.
            if (is_role_modifier(doc_.tokens[i].norm) && i + 1 < range.last) {
                uint32_t a = kNone, g = kNone;
                if (longest_match(i + 1, range.last, a, g) > 0 && g != kNone) {
                    ++i;
                    continue;
                }
            }
            if (name_like(i)) {
                uint32_t j = i + 1;
                uint32_t a = kNone, g = kNone;
                while (j < range.last && name_like(j) && longest_match(j, range.last, a, g) == 0) ++j;
                // A lone capitalised word opening the sentence or a quotation is
                // most often just capitalised ("However", "It"), not a name.
                const bool opens =
                    i == first_word || (i > range.first && doc_.tokens[i - 1].kind == TokenKind::punctuation &&
                                        doc_.tokens[i - 1].norm == "\"");
                if (!(opens && j - i == 1)) {
                    piece.tokens = {i, j};
                    piece.name = true;
                    pieces_.push_back(piece);
                }
                i = j;
                continue;
            }
            ++i;
        }
    }

    // ---- codes --------------------------------------------------------------

    struct ActorCode {
        bool blocked = false;  // a "not an actor" entry ("---")
        const DatedCode* code = nullptr;
    };

    ActorCode actor_code(uint32_t phrase_id, Draft& d) {
        const ActorPhrase& phrase = dict_.phrase(phrase_id);
        const ResolvedCode r = dict_.resolve(phrase.entry, date_);
        d.add_rule(phrase.origin);
        // A dated code also cites its own line: it tells which period applied.
        if (r.code && !r.code->is_default()) d.add_rule(r.code->origin);
        if (!date_ && r.code && !r.code->is_default()) used_undated_code_ = true;
        ActorCode out;
        out.code = r.code;
        out.blocked = r.code && r.code->code.empty();
        return out;
    }

    const ActorEntry& agent_entry(uint32_t phrase_id, Draft& d) const {
        const ActorPhrase& phrase = dict_.phrase(phrase_id);
        const ActorEntry& e = dict_.entry(phrase.entry);
        d.add_rule(phrase.origin);
        return e;
    }

    static std::string combine(const std::string& country, const ActorEntry& agent) {
        const std::string role = agent.codes.empty() ? std::string() : agent.codes.front().code;
        if (country.size() != 3) return country;  // already specific: keep it
        return agent.placement == AgentPlacement::prefix ? role + country : country + role;
    }

    bool adjacent(const Draft& d, size_t k) const {
        return k < pieces_.size() && pieces_[k].tokens.first == d.tokens.last;
    }
    // Piece k starts at token `from` or after role modifiers only ("senior").
    bool follows_after_modifiers(uint32_t from, size_t k) const {
        if (k >= pieces_.size()) return false;
        uint32_t i = from;
        while (i < pieces_[k].tokens.first) {
            const Token& t = doc_.tokens[i];
            if (t.sentence != sentence_ || !is_role_modifier(t.norm)) return false;
            ++i;
        }
        return i == pieces_[k].tokens.first;
    }
    bool norm_is(uint32_t i, std::string_view norm) const {
        return i < doc_.tokens.size() && doc_.tokens[i].norm == norm && doc_.tokens[i].sentence == sentence_;
    }

    // ---- composition --------------------------------------------------------

    // An actor piece and what attaches to its right. Returns the next piece index;
    // leaves d.tokens empty when the actor is blocked.
    size_t compose_actor(size_t k, Draft& d) {
        const Piece& p = pieces_[k];
        d.tokens = p.tokens;
        const ActorCode own = actor_code(p.actor, d);
        if (own.blocked) {
            d.tokens = {};
            return k + 1;
        }
        if (!own.code) {
            d.kind = ActorKind::uncoded;  // no code on this date: keep the name
            return k + 1;
        }
        d.code = own.code->code;
        ++k;
        // Country + agent: "Iraqi security forces", "US forces", "Iraqi senior officials".
        if (follows_after_modifiers(d.tokens.last, k) && pieces_[k].agent != kNone) {
            const bool from_country = d.code.size() == 3;
            if (from_country) d.shared_base = d.code;
            const ActorEntry& first_role = agent_entry(pieces_[k].agent, d);
            d.code = combine(d.code, first_role);
            d.tokens.last = pieces_[k].tokens.last;
            ++k;
            // Stacked roles: "Danish Islamist media" -> DNK + MUS + MED.
            if (from_country && first_role.placement == AgentPlacement::suffix) {
                while (adjacent(d, k) && pieces_[k].agent != kNone && pieces_[k].actor == kNone) {
                    const ActorEntry& role = dict_.entry(dict_.phrase(pieces_[k].agent).entry);
                    if (role.placement != AgentPlacement::suffix || role.codes.empty()) break;
                    agent_entry(pieces_[k].agent, d);
                    d.shared_base = d.code;
                    d.code += role.codes.front().code;
                    d.tokens.last = pieces_[k].tokens.last;
                    ++k;
                }
            }
            // Title + person: "Iraqi Prime Minister Mohammad Shia al-Sudani".
            if (adjacent(d, k) && (pieces_[k].actor != kNone || pieces_[k].name)) k = absorb_person(k, d);
            return k;
        }
        // Possessive: "Al-Sudani's office".
        const uint32_t after = d.tokens.last;
        if (norm_is(after, kPossessive) && follows_after_modifiers(after + 1, k) && pieces_[k].agent != kNone) {
            d.code = combine(d.code, agent_entry(pieces_[k].agent, d));
            d.tokens.last = pieces_[k].tokens.last;
            ++k;
            if (adjacent(d, k) && (pieces_[k].actor != kNone || pieces_[k].name)) k = absorb_person(k, d);
        }
        return k;
    }

    // A person right after a title: the person's own code wins when it names a
    // role; otherwise the title's composed code stands.
    size_t absorb_person(size_t k, Draft& d) {
        const Piece& person = pieces_[k];
        if (person.actor != kNone) {
            Draft probe;
            const ActorCode c = actor_code(person.actor, probe);
            // A bare country after a title ("US forces Iraq ...") starts a new mention.
            if (c.blocked || (c.code && c.code->code.size() <= 3)) return k;
            for (const auto& r : probe.rules) d.add_rule(r);
            if (c.code) d.code = c.code->code;
        }
        d.tokens.last = person.tokens.last;
        return k + 1;
    }

    size_t code_agent(size_t k) {
        Draft d;
        d.tokens = pieces_[k].tokens;
        const ActorEntry& agent = agent_entry(pieces_[k].agent, d);
        // "deputy spokesperson for the U.S. Department of Defense".
        uint32_t j = d.tokens.last;
        // "ambassadors of Arnor", "lawmakers in Arnor and Gondor".
        if (norm_is(j, kFor) || norm_is(j, kOf) || norm_is(j, kIn) || norm_is(j, kFrom)) {
            ++j;
            if (norm_is(j, kThe)) ++j;
            size_t r = k + 1;
            if (r < pieces_.size() && pieces_[r].tokens.first == j && pieces_[r].actor != kNone) {
                Draft org;
                const size_t next = compose_actor(r, org);
                if (!org.tokens.empty() && !org.code.empty()) {
                    // "protesters in Nairobi": a seat of power (<CCC>GOV) after "in" or
                    // "from" says where the agent is; the agent keeps its own role.
                    const bool seat = (norm_is(d.tokens.last, kIn) || norm_is(d.tokens.last, kFrom)) &&
                                      org.code.size() == 6 && org.code.ends_with(kSeatRole);
                    d.code = combine(seat ? org.code.substr(0, 3) : org.code, agent);
                    d.tokens.last = org.tokens.last;
                    for (const auto& rule : org.rules) d.add_rule(rule);
                    emit(d);
                    return distribute_role(next, d.tokens.last, agent, d.rules.empty() ? SourceRef{} : d.rules.front());
                }
            }
        }
        ++k;
        // Title + person without a country: "President Joe Biden".
        if (adjacent(d, k) && pieces_[k].actor != kNone) {
            Draft person;
            const ActorCode c = actor_code(pieces_[k].actor, person);
            if (c.code && !c.blocked) {
                for (const auto& rule : person.rules) d.add_rule(rule);
                d.code = c.code->code.size() > 3 ? c.code->code : combine(c.code->code, agent);
                d.tokens.last = pieces_[k].tokens.last;
                ++k;
                // "An MSF Arnor diplomat": a prefix role, the country, then its own role.
                if (agent.placement == AgentPlacement::prefix && c.code->code.size() == 3 && adjacent(d, k) &&
                    pieces_[k].agent != kNone) {
                    const ActorEntry& role = agent_entry(pieces_[k].agent, d);
                    if (role.placement == AgentPlacement::suffix && !role.codes.empty()) {
                        d.code += role.codes.front().code;
                        d.tokens.last = pieces_[k].tokens.last;
                        ++k;
                    }
                }
                emit(d);
                return k;
            }
        }
        d.kind = ActorKind::agent;
        d.sector = agent.codes.empty() ? std::string() : agent.codes.front().code;
        d.sector_first = agent.placement == AgentPlacement::prefix;
        if (adjacent(d, k) && pieces_[k].name) {
            d.tokens.last = pieces_[k].tokens.last;
            ++k;
        }
        emit(d);
        return k;
    }

    // "Danish media and government": a bare role joined by "and" to a composed
    // mention takes the same country (DNKMED, DNKGOV).
    size_t share_country(size_t k, const Draft& first) {
        const uint32_t j = first.tokens.last;
        if (!norm_is(j, kAnd) || k >= pieces_.size() || pieces_[k].tokens.first != j + 1) return k;
        const Piece& p = pieces_[k];
        if (p.agent == kNone || p.actor != kNone) return k;
        const uint32_t after = p.tokens.last;
        // "Iraqi officials and lawmakers of Iran": the role has a country of its own.
        if (norm_is(after, kOf) || norm_is(after, kIn) || norm_is(after, kFrom) || norm_is(after, kFor)) return k;
        Draft d;
        d.tokens = p.tokens;
        const ActorEntry& role = agent_entry(p.agent, d);
        if (role.codes.empty()) return k;
        d.code = role.placement == AgentPlacement::prefix ? combine(first.shared_base, role)
                                                          : first.shared_base + role.codes.front().code;
        emit(d);
        return k + 1;
    }

    // The rest of a country list after "lawmakers in Arnor": ", Osgiliath and
    // Gondor" each take the same role. Stops at anything but a bare country.
    size_t distribute_role(size_t k, uint32_t after, const ActorEntry& agent, SourceRef agent_rule) {
        while (k < pieces_.size()) {
            uint32_t j = after;
            const bool comma = norm_is(j, kComma);
            if (comma) ++j;
            const bool conj = norm_is(j, kAnd);
            if (conj) ++j;
            if (norm_is(j, kThe)) ++j;
            if ((!comma && !conj) || pieces_[k].tokens.first != j || pieces_[k].actor == kNone) return k;
            Draft member;
            const size_t next = compose_actor(k, member);
            if (member.tokens.empty() || member.code.size() != 3 || member.kind != ActorKind::coded) return k;
            member.code = combine(member.code, agent);
            member.add_rule(agent_rule);
            emit(member);
            after = member.tokens.last;
            k = next;
            if (conj) break;
        }
        return k;
    }

    // "Iranian-allied groups": the country joined to the affix's role; "US-led
    // coalition": an affix without a role lets the following entry decide.
    size_t code_affiliated(size_t k) {
        const Piece& p = pieces_[k];
        Draft d;
        d.tokens = p.tokens;
        const ActorCode country = actor_code(p.affix_country, d);
        if (country.blocked || !country.code) {
            d.kind = ActorKind::uncoded;
            emit(d);
            return k + 1;
        }
        const ActorEntry* role = nullptr;
        for (uint32_t e : *p.affix_agents) {
            const ActorEntry& entry = dict_.entry(e);
            d.add_rule(entry.origin);
            if (!role && !entry.codes.empty()) role = &entry;
        }
        d.code = role ? combine(country.code->code, *role) : country.code->code;
        ++k;
        if (adjacent(d, k) && pieces_[k].actor != kNone && !role) {
            Draft head;
            const size_t next = compose_actor(k, head);
            if (!head.tokens.empty() && !head.code.empty()) {
                d.code = head.code;
                d.tokens.last = head.tokens.last;
                for (const auto& rule : head.rules) d.add_rule(rule);
                emit(d);
                return next;
            }
        }
        if (adjacent(d, k) && pieces_[k].agent != kNone) {
            const ActorEntry& agent = agent_entry(pieces_[k].agent, d);
            if (!role) d.code = combine(d.code, agent);
            d.tokens.last = pieces_[k].tokens.last;
            ++k;
        } else if (const uint32_t next = d.tokens.last;
                   next < doc_.tokens.size() && doc_.tokens[next].sentence == sentence_ &&
                   doc_.tokens[next].kind == TokenKind::word && !doc_.tokens[next].capitalized &&
                   (k >= pieces_.size() || pieces_[k].tokens.first > next)) {
            d.tokens.last = next + 1;  // the group word itself: "groups", "militias"
        }
        emit(d);
        return k;
    }

    void emit(const Draft& d) {
        ActorMention m;
        m.tokens = d.tokens;
        m.span = {doc_.tokens[d.tokens.first].span.begin, doc_.tokens[d.tokens.last - 1].span.end};
        m.sentence = sentence_;
        m.kind = d.kind;
        if (d.kind == ActorKind::coded && !d.code.empty()) {
            m.code = d.code;
            if (d.code.find('/') != std::string::npos) {
                m.country = d.code;  // alternatives "FRO/BIL/SAM" surface as written
            } else {
                m.country = d.code.substr(0, std::min<size_t>(3, d.code.size()));
                m.sector = d.code.size() > 3 ? d.code.substr(3) : std::string();
            }
        } else if (d.kind == ActorKind::coded) {
            m.kind = ActorKind::uncoded;
        } else {
            m.sector = d.sector;
            m.sector_first = d.sector_first;
        }
        m.rules = d.rules;
        doc_.actors.push_back(std::move(m));
    }

    const ActorDictionary& dict_;
    Document& doc_;
    const std::vector<uint32_t>& ids_;
    std::optional<Date> date_;
    uint32_t sentence_ = 0;
    std::vector<Piece> pieces_;
    bool used_undated_code_ = false;
};
}  // namespace

ActorStage::ActorStage(std::shared_ptr<const ActorDictionary> dictionary) : dictionary_(std::move(dictionary)) {}

void ActorStage::run(Document& doc) const {
    doc.actors.clear();
    if (doc.tokens.empty()) return;
    std::vector<uint32_t> ids(doc.tokens.size());
    for (size_t i = 0; i < doc.tokens.size(); ++i) ids[i] = dictionary_->trie().token_id(doc.tokens[i].norm);
    SentenceCoder coder(*dictionary_, doc, ids);
    if (doc.sentences.empty()) {
        coder.run(0, TokenRange{0, static_cast<uint32_t>(doc.tokens.size())});
    } else {
        for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
            TokenRange range = doc.sentences[s].tokens;
            // A dateline says where the story was filed: "WASHINGTON (AP) --" names no actor.
            while (range.first < range.last && doc.dateline.holds(doc.tokens[range.first].span)) ++range.first;
            coder.run(s, range);
        }
    }
    if (coder.used_undated_code())
        doc.diagnostics.push_back({Severity::warning, doc.meta.id, 0,
                                   "no story date: date-bounded actor codes were read as of their "
                                   "latest period",
                                   DiagnosticCode::undated_codes});
}

}  // namespace sitrep
