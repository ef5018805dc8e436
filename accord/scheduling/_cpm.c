/* Compiled CPM kernel: the topological sort and the integer forward and backward passes.
 *
 * The numpy passes (passes.py) make a handful of numpy calls per topological level, so
 * on a network of small levels (long chains, a few activities per level) the Python
 * overhead per level is most of the time. These loops visit each node and each link
 * once, whatever the shape. accord/scheduling/kernel.py prepares the arrays and falls
 * back to the numpy passes when this module is not built; the semantics are those of
 * passes.forward/backward for integer times (see there).
 *
 * Arrays come in through the buffer protocol (no numpy headers at build time): int64
 * unless noted, uint8 for flags, C-contiguous. Every index is checked before use, so a
 * malformed input raises ValueError instead of reading out of bounds.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef int64_t i64;

/* Node flags (kernel.py builds them from passes.Bounds). */
enum {
    F_FINISH_MIN = 1,
    F_FIXED_START = 2,
    F_FIXED_FINISH = 4,
    F_START_MAX = 8,
    F_FINISH_MAX = 16,
    F_IN_PROGRESS = 32,
    F_KEEP_START = 64,  /* backward: the late start is the early (actual) start */
    F_KEEP_FINISH = 128 /* backward: the late finish is the early (actual) finish */
};

/* Link flags. */
enum { L_TO_FINISH = 1, L_FROM_START = 2, L_IGNORED = 4 };

static int check_len(Py_buffer *b, Py_ssize_t count, Py_ssize_t item, const char *what)
{
    if (b->len != count * item) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd items of %zd bytes, got %zd bytes",
                     what, count, item, b->len);
        return -1;
    }
    return 0;
}

/* ptr must rise from 0 to m; every gather index must lie in [0, limit). */
static int check_csr(const i64 *ptr, Py_ssize_t n, Py_ssize_t m, const i64 *gather,
                     i64 limit, const char *what)
{
    if (ptr[0] != 0 || ptr[n] != m) {
        PyErr_Format(PyExc_ValueError, "%s: pointers must run from 0 to %zd", what, m);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (ptr[i + 1] < ptr[i]) {
            PyErr_Format(PyExc_ValueError, "%s: pointers must not decrease", what);
            return -1;
        }
    }
    for (Py_ssize_t e = 0; e < m; e++) {
        if (gather[e] < 0 || gather[e] >= limit) {
            PyErr_Format(PyExc_ValueError, "%s: index %lld out of range", what,
                         (long long)gather[e]);
            return -1;
        }
    }
    return 0;
}

PyDoc_STRVAR(topo_levels_doc,
             "topo_levels(pred, succ, level) -> placed\n\n"
             "Kahn's algorithm. Writes each node's topological level (one more than its\n"
             "highest predecessor's, 0 without predecessors) into level (int64, one per\n"
             "node), -1 for nodes on or behind a cycle; returns the number placed.");

static PyObject *topo_levels(PyObject *self, PyObject *args)
{
    Py_buffer pred, succ, level;
    if (!PyArg_ParseTuple(args, "y*y*w*", &pred, &succ, &level))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t m = pred.len / 8, n = level.len / 8, placed = 0;
    i64 *ptr = NULL, *adj = NULL, *indeg = NULL, *queue = NULL;
    if (check_len(&pred, m, 8, "pred") || check_len(&succ, m, 8, "succ") ||
        check_len(&level, n, 8, "level"))
        goto done;
    const i64 *p = pred.buf, *s = succ.buf;
    i64 *lvl = level.buf;
    for (Py_ssize_t e = 0; e < m; e++) {
        if (p[e] < 0 || p[e] >= n || s[e] < 0 || s[e] >= n) {
            PyErr_SetString(PyExc_ValueError, "pred/succ: node number out of range");
            goto done;
        }
    }
    ptr = calloc((size_t)n + 1, sizeof(i64));
    adj = malloc(((size_t)m + 1) * sizeof(i64));
    indeg = calloc((size_t)n + 1, sizeof(i64));
    queue = malloc(((size_t)n + 1) * sizeof(i64));
    if (!ptr || !adj || !indeg || !queue) {
        PyErr_NoMemory();
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t e = 0; e < m; e++) {
        ptr[p[e] + 1]++;
        indeg[s[e]]++;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        ptr[i + 1] += ptr[i];
    /* queue doubles as the fill cursor until the sort starts */
    memcpy(queue, ptr, (size_t)n * sizeof(i64));
    for (Py_ssize_t e = 0; e < m; e++)
        adj[queue[p[e]]++] = s[e];
    Py_ssize_t head = 0, tail = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        lvl[i] = 0;
        if (indeg[i] == 0)
            queue[tail++] = i;
    }
    while (head < tail) {
        i64 u = queue[head++], next = lvl[u] + 1;
        for (i64 e = ptr[u]; e < ptr[u + 1]; e++) {
            i64 v = adj[e];
            if (lvl[v] < next)
                lvl[v] = next;
            if (--indeg[v] == 0)
                queue[tail++] = v;
        }
    }
    placed = tail;
    if (placed < n) {
        for (Py_ssize_t i = 0; i < n; i++)
            if (indeg[i] > 0)
                lvl[i] = -1;
    }
    Py_END_ALLOW_THREADS
    result = PyLong_FromSsize_t(placed);
done:
    free(ptr);
    free(adj);
    free(indeg);
    free(queue);
    PyBuffer_Release(&pred);
    PyBuffer_Release(&succ);
    PyBuffer_Release(&level);
    return result;
}

PyDoc_STRVAR(forward_doc,
             "forward(in_ptr, gather, lag, link_flags, start_min, dur, flags, finish_min,\n"
             "        fixed_start, fixed_finish, start_max, finish_max, floor, honor, times)\n\n"
             "Early starts (times[0:n]) and finishes (times[n:2n]) of nodes in topological\n"
             "order. Node p's incoming links are in_ptr[p]:in_ptr[p+1]; a link reads\n"
             "times[gather[e]] (a predecessor's start or finish), adds lag[e], and with\n"
             "L_TO_FINISH bounds the finish, so the node's duration comes off.");

static PyObject *forward(PyObject *self, PyObject *args)
{
    Py_buffer in_ptr, gather, lag, lflags, start_min, dur, flags, fmin, fstart, ffinish, smax,
        fmax, floor_, times;
    int honor;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*y*y*y*y*y*pw*", &in_ptr, &gather, &lag, &lflags,
                          &start_min, &dur, &flags, &fmin, &fstart, &ffinish, &smax, &fmax,
                          &floor_, &honor, &times))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = dur.len / 8, m = gather.len / 8;
    if (check_len(&in_ptr, n + 1, 8, "in_ptr") || check_len(&lag, m, 8, "lag") ||
        check_len(&lflags, m, 1, "link_flags") || check_len(&start_min, n, 8, "start_min") ||
        check_len(&dur, n, 8, "dur") || check_len(&flags, n, 1, "flags") ||
        check_len(&fmin, n, 8, "finish_min") || check_len(&fstart, n, 8, "fixed_start") ||
        check_len(&ffinish, n, 8, "fixed_finish") || check_len(&smax, n, 8, "start_max") ||
        check_len(&fmax, n, 8, "finish_max") || check_len(&floor_, n, 8, "floor") ||
        check_len(&times, 2 * n + 1, 8, "times"))
        goto done;
    const i64 *ptr = in_ptr.buf, *g = gather.buf, *lg = lag.buf, *smin = start_min.buf,
              *d = dur.buf, *vfmin = fmin.buf, *vfs = fstart.buf, *vff = ffinish.buf,
              *vsmax = smax.buf, *vfmax = fmax.buf, *vfloor = floor_.buf;
    const uint8_t *lf = lflags.buf, *f = flags.buf;
    i64 *t = times.buf;
    if (check_csr(ptr, n, m, g, 2 * n, "incoming links"))
        goto done;
    /* A link may only read a node placed before the one it enters. */
    for (Py_ssize_t q = 0; q < n; q++) {
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++) {
            if ((g[e] < n ? g[e] : g[e] - n) >= q) {
                PyErr_SetString(PyExc_ValueError, "incoming links: not in topological order");
                goto done;
            }
        }
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t q = 0; q < n; q++) {
        i64 es = smin[q], dq = d[q];
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++) {
            i64 c = t[g[e]] + lg[e];
            if (lf[e] & L_TO_FINISH)
                c -= dq;
            if (c > es)
                es = c;
        }
        i64 finish;
        uint8_t fq = f[q];
        if (fq) {
            if ((fq & F_FINISH_MIN) && vfmin[q] - dq > es)
                es = vfmin[q] - dq;
            if (honor && (fq & F_START_MAX)) {
                if (vsmax[q] < es)
                    es = vsmax[q];
                if (vfloor[q] > es)
                    es = vfloor[q];
            }
            if (honor && (fq & F_FINISH_MAX)) {
                if (vfmax[q] - dq < es)
                    es = vfmax[q] - dq;
                if (vfloor[q] > es)
                    es = vfloor[q];
            }
            i64 resume = es;
            if ((fq & F_FIXED_FINISH) && !(fq & F_FIXED_START))
                es = vff[q] - dq;
            if (fq & F_FIXED_START)
                es = vfs[q];
            finish = es + dq;
            if (fq & F_FIXED_FINISH)
                finish = vff[q];
            if (fq & F_IN_PROGRESS)
                finish = resume + dq;
        }
        else {
            finish = es + dq;
        }
        t[q] = es;
        t[n + q] = finish;
    }
    Py_END_ALLOW_THREADS
    Py_INCREF(Py_None);
    result = Py_None;
done:
    PyBuffer_Release(&in_ptr);
    PyBuffer_Release(&gather);
    PyBuffer_Release(&lag);
    PyBuffer_Release(&lflags);
    PyBuffer_Release(&start_min);
    PyBuffer_Release(&dur);
    PyBuffer_Release(&flags);
    PyBuffer_Release(&fmin);
    PyBuffer_Release(&fstart);
    PyBuffer_Release(&ffinish);
    PyBuffer_Release(&smax);
    PyBuffer_Release(&fmax);
    PyBuffer_Release(&floor_);
    PyBuffer_Release(&times);
    return result;
}

PyDoc_STRVAR(backward_doc,
             "backward(out_ptr, gather, lag, link_flags, dur, flags, start_max, finish_max,\n"
             "         early, project_finish, times)\n\n"
             "Late starts and finishes in reverse topological order. Node p's outgoing\n"
             "links are out_ptr[p]:out_ptr[p+1]; a link reads times[gather[e]] (a\n"
             "successor's start or finish, or times[2n], the project finish), adds lag[e]\n"
             "(already negated), adds the node's duration when L_FROM_START, and is\n"
             "skipped when L_IGNORED.");

static PyObject *backward(PyObject *self, PyObject *args)
{
    Py_buffer out_ptr, gather, lag, lflags, dur, flags, smax, fmax, early, times;
    long long project_finish;
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*y*y*y*y*Lw*", &out_ptr, &gather, &lag, &lflags, &dur,
                          &flags, &smax, &fmax, &early, &project_finish, &times))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = dur.len / 8, m = gather.len / 8;
    if (check_len(&out_ptr, n + 1, 8, "out_ptr") || check_len(&lag, m, 8, "lag") ||
        check_len(&lflags, m, 1, "link_flags") || check_len(&flags, n, 1, "flags") ||
        check_len(&smax, n, 8, "start_max") || check_len(&fmax, n, 8, "finish_max") ||
        check_len(&early, 2 * n + 1, 8, "early") || check_len(&times, 2 * n + 1, 8, "times"))
        goto done;
    const i64 *ptr = out_ptr.buf, *g = gather.buf, *lg = lag.buf, *d = dur.buf,
              *vsmax = smax.buf, *vfmax = fmax.buf, *ea = early.buf;
    const uint8_t *lf = lflags.buf, *f = flags.buf;
    i64 *t = times.buf;
    if (check_csr(ptr, n, m, g, 2 * n + 1, "outgoing links"))
        goto done;
    for (Py_ssize_t q = 0; q < n; q++) {
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++) {
            if (g[e] < 2 * n && (g[e] < n ? g[e] : g[e] - n) <= q) {
                PyErr_SetString(PyExc_ValueError, "outgoing links: not in topological order");
                goto done;
            }
        }
    }
    Py_BEGIN_ALLOW_THREADS
    i64 cap = (i64)project_finish;
    t[2 * n] = cap;
    for (Py_ssize_t q = n - 1; q >= 0; q--) {
        i64 lf_ = cap, dq = d[q];
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++) {
            uint8_t k = lf[e];
            if (k & L_IGNORED)
                continue;
            i64 c = t[g[e]] + lg[e];
            if (k & L_FROM_START)
                c += dq;
            if (c < lf_)
                lf_ = c;
        }
        uint8_t fq = f[q];
        if (fq) {
            if ((fq & F_FINISH_MAX) && vfmax[q] < lf_)
                lf_ = vfmax[q];
            if ((fq & F_START_MAX) && vsmax[q] + dq < lf_)
                lf_ = vsmax[q] + dq;
            if (fq & F_KEEP_FINISH)
                lf_ = ea[n + q];
        }
        t[n + q] = lf_;
        t[q] = (fq & F_KEEP_START) ? ea[q] : lf_ - dq;
    }
    Py_END_ALLOW_THREADS
    Py_INCREF(Py_None);
    result = Py_None;
done:
    PyBuffer_Release(&out_ptr);
    PyBuffer_Release(&gather);
    PyBuffer_Release(&lag);
    PyBuffer_Release(&lflags);
    PyBuffer_Release(&dur);
    PyBuffer_Release(&flags);
    PyBuffer_Release(&smax);
    PyBuffer_Release(&fmax);
    PyBuffer_Release(&early);
    PyBuffer_Release(&times);
    return result;
}

PyDoc_STRVAR(mark_upstream_doc,
             "mark_upstream(in_ptr, in_src, follow, on)\n\n"
             "Marks every node from which a marked node is reached through links with\n"
             "follow[e] set (uint8), in place on on (uint8, one per node); nodes are in\n"
             "topological order, so one sweep from the last node back does it.");

static PyObject *mark_upstream(PyObject *self, PyObject *args)
{
    Py_buffer in_ptr, in_src, follow, on;
    if (!PyArg_ParseTuple(args, "y*y*y*w*", &in_ptr, &in_src, &follow, &on))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = on.len, m = in_src.len / 8;
    if (check_len(&in_ptr, n + 1, 8, "in_ptr") || check_len(&in_src, m, 8, "in_src") ||
        check_len(&follow, m, 1, "follow"))
        goto done;
    const i64 *ptr = in_ptr.buf, *src = in_src.buf;
    const uint8_t *fo = follow.buf;
    uint8_t *mark = on.buf;
    if (check_csr(ptr, n, m, src, n, "incoming links"))
        goto done;
    for (Py_ssize_t q = 0; q < n; q++) {
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++) {
            if (src[e] >= q) {
                PyErr_SetString(PyExc_ValueError, "incoming links: not in topological order");
                goto done;
            }
        }
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t q = n - 1; q >= 0; q--) {
        if (!mark[q])
            continue;
        for (i64 e = ptr[q]; e < ptr[q + 1]; e++)
            if (fo[e])
                mark[src[e]] = 1;
    }
    Py_END_ALLOW_THREADS
    Py_INCREF(Py_None);
    result = Py_None;
done:
    PyBuffer_Release(&in_ptr);
    PyBuffer_Release(&in_src);
    PyBuffer_Release(&follow);
    PyBuffer_Release(&on);
    return result;
}

PyDoc_STRVAR(counting_order_doc,
             "counting_order(keys, size, order)\n\n"
             "Stable argsort of keys (int64, each in [0, size)) into order (int64), by\n"
             "counting: linear, where numpy's argsort of 64-bit keys compares.");

static PyObject *counting_order(PyObject *self, PyObject *args)
{
    Py_buffer keys, order;
    Py_ssize_t size;
    if (!PyArg_ParseTuple(args, "y*nw*", &keys, &size, &order))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t m = keys.len / 8;
    i64 *count = NULL;
    if (check_len(&keys, m, 8, "keys") || check_len(&order, m, 8, "order"))
        goto done;
    const i64 *k = keys.buf;
    i64 *out = order.buf;
    if (size < 0) {
        PyErr_SetString(PyExc_ValueError, "size must not be negative");
        goto done;
    }
    for (Py_ssize_t e = 0; e < m; e++) {
        if (k[e] < 0 || k[e] >= size) {
            PyErr_Format(PyExc_ValueError, "keys: %lld out of range", (long long)k[e]);
            goto done;
        }
    }
    count = calloc((size_t)size + 1, sizeof(i64));
    if (!count) {
        PyErr_NoMemory();
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t e = 0; e < m; e++)
        count[k[e] + 1]++;
    for (Py_ssize_t i = 0; i < size; i++)
        count[i + 1] += count[i];
    for (Py_ssize_t e = 0; e < m; e++)
        out[count[k[e]]++] = e;
    Py_END_ALLOW_THREADS
    Py_INCREF(Py_None);
    result = Py_None;
done:
    free(count);
    PyBuffer_Release(&keys);
    PyBuffer_Release(&order);
    return result;
}

static PyObject *s_predecessor, *s_successor, *s_type, *s_lag;

/* 1 and the node number of an id in index, 0 when it is missing or not a plain int. */
static int node_of(PyObject *index, PyObject *link, PyObject *name, i64 *out)
{
    PyObject *id = PyObject_GetAttr(link, name);
    if (!id)
        return -1;
    PyObject *value = PyDict_GetItemWithError(index, id); /* borrowed */
    Py_DECREF(id);
    if (!value)
        return PyErr_Occurred() ? -1 : 0;
    if (!PyLong_CheckExact(value))
        return 0;
    *out = PyLong_AsLongLong(value);
    return (*out == -1 && PyErr_Occurred()) ? -1 : 1;
}

PyDoc_STRVAR(read_links_doc,
             "read_links(links, index, types, pred, succ, type, lag) -> bool\n\n"
             "Reads a list of Link objects into arrays: the node numbers of their ends\n"
             "(looked up in index, a dict from id to int), the position of their type in\n"
             "the tuple types (by identity, int8) and their lag (int64). Returns False,\n"
             "with the arrays partly written, on the first link that is not plain (an\n"
             "unknown id, a type given otherwise, a lag that is not an int): the caller\n"
             "then reads the links in Python, which explains the problem.");

static PyObject *read_links(PyObject *self, PyObject *args)
{
    PyObject *links, *index, *types;
    Py_buffer pred, succ, type, lag;
    if (!PyArg_ParseTuple(args, "O!O!O!w*w*w*w*", &PyList_Type, &links, &PyDict_Type, &index,
                          &PyTuple_Type, &types, &pred, &succ, &type, &lag))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t m = PyList_GET_SIZE(links), nt = PyTuple_GET_SIZE(types);
    if (check_len(&pred, m, 8, "pred") || check_len(&succ, m, 8, "succ") ||
        check_len(&type, m, 1, "type") || check_len(&lag, m, 8, "lag"))
        goto done;
    i64 *p = pred.buf, *s = succ.buf, *g = lag.buf;
    int8_t *t = type.buf;
    int plain = 1;
    for (Py_ssize_t e = 0; e < m && plain; e++) {
        PyObject *link = PyList_GET_ITEM(links, e);
        int ok = node_of(index, link, s_predecessor, &p[e]);
        if (ok == 1)
            ok = node_of(index, link, s_successor, &s[e]);
        if (ok < 0)
            goto done;
        if (!ok) {
            plain = 0;
            break;
        }
        PyObject *kind = PyObject_GetAttr(link, s_type);
        if (!kind)
            goto done;
        Py_ssize_t code = nt;
        for (Py_ssize_t k = 0; k < nt; k++) {
            if (PyTuple_GET_ITEM(types, k) == kind) {
                code = k;
                break;
            }
        }
        Py_DECREF(kind);
        if (code == nt) {
            plain = 0;
            break;
        }
        t[e] = (int8_t)code;
        PyObject *value = PyObject_GetAttr(link, s_lag);
        if (!value)
            goto done;
        if (!PyLong_CheckExact(value)) {
            Py_DECREF(value);
            plain = 0;
            break;
        }
        int overflow = 0;
        g[e] = PyLong_AsLongLongAndOverflow(value, &overflow);
        Py_DECREF(value);
        if (overflow)
            plain = 0;
    }
    result = PyBool_FromLong(plain);
done:
    PyBuffer_Release(&pred);
    PyBuffer_Release(&succ);
    PyBuffer_Release(&type);
    PyBuffer_Release(&lag);
    return result;
}

PyDoc_STRVAR(flagged_doc,
             "flagged(objects, names) -> set\n\n"
             "Positions in the list objects of those with any of the attributes names set\n"
             "(neither None nor False): one pass, where a comprehension per attribute\n"
             "would walk the list once per name.");

static PyObject *flagged(PyObject *self, PyObject *args)
{
    PyObject *objects, *names;
    if (!PyArg_ParseTuple(args, "O!O!", &PyList_Type, &objects, &PyTuple_Type, &names))
        return NULL;
    PyObject *out = PySet_New(NULL);
    if (!out)
        return NULL;
    Py_ssize_t m = PyList_GET_SIZE(objects), k = PyTuple_GET_SIZE(names);
    for (Py_ssize_t i = 0; i < m; i++) {
        PyObject *obj = PyList_GET_ITEM(objects, i);
        for (Py_ssize_t j = 0; j < k; j++) {
            PyObject *value = PyObject_GetAttr(obj, PyTuple_GET_ITEM(names, j));
            if (!value)
                goto fail;
            int set = value != Py_None && value != Py_False;
            Py_DECREF(value);
            if (set) {
                PyObject *at = PyLong_FromSsize_t(i);
                if (!at || PySet_Add(out, at) < 0) {
                    Py_XDECREF(at);
                    goto fail;
                }
                Py_DECREF(at);
                break;
            }
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"topo_levels", topo_levels, METH_VARARGS, topo_levels_doc},
    {"forward", forward, METH_VARARGS, forward_doc},
    {"backward", backward, METH_VARARGS, backward_doc},
    {"mark_upstream", mark_upstream, METH_VARARGS, mark_upstream_doc},
    {"counting_order", counting_order, METH_VARARGS, counting_order_doc},
    {"read_links", read_links, METH_VARARGS, read_links_doc},
    {"flagged", flagged, METH_VARARGS, flagged_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_cpm", "Compiled CPM kernel (see kernel.py).", -1, methods,
};

PyMODINIT_FUNC PyInit__cpm(void)
{
    s_predecessor = PyUnicode_InternFromString("predecessor");
    s_successor = PyUnicode_InternFromString("successor");
    s_type = PyUnicode_InternFromString("type");
    s_lag = PyUnicode_InternFromString("lag");
    if (!s_predecessor || !s_successor || !s_type || !s_lag)
        return NULL;
    return PyModule_Create(&module);
}
