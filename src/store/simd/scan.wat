;; Dot products of one query with every row of a row-major float32 matrix, four lanes at a time
;; (WebAssembly SIMD). Memory layout, all offsets in bytes and 16-byte aligned by the caller:
;; the matrix (rows x dim floats) at `matrix`, the query (dim floats) at `query`, one score a row
;; written at `out`. `dim` is a multiple of 4; two accumulators take eight floats a step when it is
;; a multiple of 8 (MiniLM's 384), which keeps both multiply units busy.
(module
  (memory (import "env" "memory") 1)
  (func (export "scan") (param $matrix i32) (param $rows i32) (param $dim i32) (param $query i32) (param $out i32)
    (local $row i32) (local $j i32) (local $end i32) (local $end8 i32) (local $p i32) (local $acc v128) (local $acc2 v128)
    (local.set $end (i32.mul (local.get $dim) (i32.const 4)))
    (local.set $end8 (i32.and (local.get $end) (i32.const -32)))
    (local.set $p (local.get $matrix))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $acc (v128.const f32x4 0 0 0 0))
        (local.set $acc2 (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $pairs_done
          (loop $pairs_loop
            (br_if $pairs_done (i32.ge_u (local.get $j) (local.get $end8)))
            (local.set $acc
              (f32x4.add (local.get $acc)
                (f32x4.mul
                  (v128.load (i32.add (local.get $p) (local.get $j)))
                  (v128.load (i32.add (local.get $query) (local.get $j))))))
            (local.set $acc2
              (f32x4.add (local.get $acc2)
                (f32x4.mul
                  (v128.load offset=16 (i32.add (local.get $p) (local.get $j)))
                  (v128.load offset=16 (i32.add (local.get $query) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 32)))
            (br $pairs_loop)))
        (local.set $acc (f32x4.add (local.get $acc) (local.get $acc2)))
        (block $dim_done
          (loop $dim_loop
            (br_if $dim_done (i32.ge_u (local.get $j) (local.get $end)))
            (local.set $acc
              (f32x4.add (local.get $acc)
                (f32x4.mul
                  (v128.load (i32.add (local.get $p) (local.get $j)))
                  (v128.load (i32.add (local.get $query) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $dim_loop)))
        (f32.store
          (i32.add (local.get $out) (i32.mul (local.get $row) (i32.const 4)))
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $acc)) (f32x4.extract_lane 1 (local.get $acc)))
            (f32.add (f32x4.extract_lane 2 (local.get $acc)) (f32x4.extract_lane 3 (local.get $acc)))))
        (local.set $p (i32.add (local.get $p) (local.get $end)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows_loop)))
  )
)
