#include "ast/arena.h"

#include <cstdlib>
#include <utility>

namespace pyfront::ast {

namespace {
constexpr std::size_t kMaxChunk = 1024 * 1024;
constexpr std::size_t kHeader = 16;  // sizeof(Chunk) rounded up to the largest alignment
}  // namespace

Arena::~Arena() {
    Chunk* c = chunks_;
    while (c) {
        Chunk* prev = c->prev;
        std::free(c);
        c = prev;
    }
}

Arena::Arena(Arena&& other) noexcept { *this = std::move(other); }

Arena& Arena::operator=(Arena&& other) noexcept {
    if (this != &other) {
        this->~Arena();
        chunks_ = std::exchange(other.chunks_, nullptr);
        begin_ = std::exchange(other.begin_, nullptr);
        cur_ = std::exchange(other.cur_, nullptr);
        end_ = std::exchange(other.end_, nullptr);
        next_chunk_ = other.next_chunk_;
        used_before_ = std::exchange(other.used_before_, 0);
        reserved_ = std::exchange(other.reserved_, 0);
    }
    return *this;
}

void* Arena::allocate_slow(std::size_t size, std::size_t align) {
    std::size_t want = size + align + kHeader;
    std::size_t chunk = next_chunk_;
    if (chunk < want) chunk = want;
    if (next_chunk_ < kMaxChunk) next_chunk_ *= 2;
    void* mem = std::malloc(chunk);
    if (!mem) throw std::bad_alloc();
    Chunk* c = static_cast<Chunk*>(mem);
    c->prev = chunks_;
    c->size = chunk;
    chunks_ = c;
    used_before_ += static_cast<std::size_t>(cur_ - begin_);
    reserved_ += chunk;
    begin_ = static_cast<char*>(mem) + kHeader;
    cur_ = begin_;
    end_ = static_cast<char*>(mem) + chunk;
    return allocate(size, align);
}

}  // namespace pyfront::ast
