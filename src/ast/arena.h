// The arena that holds one parse's tree: bump allocation in chunks, nothing freed or destroyed
// one by one. Every node, sequence, identifier, string value and big-integer digit string of a
// tree lives here (or, for text that points into the source, in the source buffer the caller
// keeps alive as long as the tree), so dropping the arena drops the tree at once.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace pyfront::ast {

class Arena {
public:
    explicit Arena(std::size_t first_chunk = 64 * 1024) : next_chunk_(first_chunk) {}
    ~Arena();
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;
    Arena(Arena&& other) noexcept;
    Arena& operator=(Arena&& other) noexcept;

    // `size` bytes aligned to `align` (a power of two <= 16), uninitialized.
    void* allocate(std::size_t size, std::size_t align) {
        std::uintptr_t p = (reinterpret_cast<std::uintptr_t>(cur_) + (align - 1)) & ~(align - 1);
        if (p + size > reinterpret_cast<std::uintptr_t>(end_)) return allocate_slow(size, align);
        cur_ = reinterpret_cast<char*>(p + size);
        return reinterpret_cast<void*>(p);
    }

    // A value-initialized T (trivially destructible: the arena never runs destructors).
    template <class T>
    T* create() {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (allocate(sizeof(T), alignof(T))) T();
    }

    // n value-initialized Ts.
    template <class T>
    T* create_array(std::size_t n) {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        if (n == 0) return nullptr;
        T* p = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
        for (std::size_t i = 0; i < n; ++i) new (p + i) T();
        return p;
    }

    // A copy of `n` trivially copyable Ts.
    template <class T>
    T* copy_array(const T* items, std::size_t n) {
        static_assert(std::is_trivially_copyable_v<T>, "arena copies are bytewise");
        if (n == 0) return nullptr;
        T* p = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
        std::memcpy(static_cast<void*>(p), items, sizeof(T) * n);
        return p;
    }

    // A copy of text (not NUL-terminated). An empty text gives a non-null pointer, so that an
    // empty string stays distinct from None in Str.
    const char* copy_text(std::string_view s) {
        char* p = static_cast<char*>(allocate(s.size() ? s.size() : 1, 1));
        if (!s.empty()) std::memcpy(p, s.data(), s.size());
        return p;
    }

    // Bytes handed out so far, and bytes reserved from the system.
    std::size_t bytes_used() const { return used_before_ + static_cast<std::size_t>(cur_ - begin_); }
    std::size_t bytes_reserved() const { return reserved_; }

private:
    void* allocate_slow(std::size_t size, std::size_t align);

    struct Chunk {
        Chunk* prev;
        std::size_t size;
    };
    Chunk* chunks_ = nullptr;
    char* begin_ = nullptr;
    char* cur_ = nullptr;
    char* end_ = nullptr;
    std::size_t next_chunk_;
    std::size_t used_before_ = 0;
    std::size_t reserved_ = 0;
};

}  // namespace pyfront::ast
