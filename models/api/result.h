#pragma once

#include "apierror.h"

#include <optional>
#include <utility>

// A value or an ApiError. Every asynchronous API call completes with one.
template <typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return *m_value; }
    T& value() { return *m_value; }
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return &*m_value; }
    const ApiError& error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

// For calls that return nothing on success (204).
struct Done
{};
