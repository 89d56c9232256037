;; The vectors as int8, in WebAssembly SIMD: `quantize` turns float32 rows into int8 rows with one
;; scale a row, and `scan` scores every int8 row against an int16 query. All offsets are in bytes,
;; 16-byte aligned by the caller; `stride` (bytes an int8 row takes) is a multiple of 16, the bytes
;; past `dim` zero.
(module
  (memory (import "env" "memory") 1)

  ;; Approximate dot products of the query with every row: the row's int8 values widened to int16,
  ;; multiplied by the query's int16 values and summed in int32 lanes (i32x4.dot_i16x8_s), sixteen
  ;; values a step; each row's integer sum times `factor[row]` times `scale` is written to `out` (f32).
  ;; The caller keeps |query| small enough that no sum can overflow (stride * 127 * max|query| < 2^31).
  (func (export "scan") (param $matrix i32) (param $rows i32) (param $stride i32) (param $query i32) (param $factor i32) (param $scale f32) (param $out i32)
    (local $row i32) (local $j i32) (local $p i32) (local $v v128) (local $acc v128) (local $acc2 v128)
    (local.set $p (local.get $matrix))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $acc (v128.const i32x4 0 0 0 0))
        (local.set $acc2 (v128.const i32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $dim_done
          (loop $dim_loop
            (br_if $dim_done (i32.ge_u (local.get $j) (local.get $stride)))
            (local.set $v (v128.load (i32.add (local.get $p) (local.get $j))))
            (local.set $acc
              (i32x4.add (local.get $acc)
                (i32x4.dot_i16x8_s
                  (i16x8.extend_low_i8x16_s (local.get $v))
                  (v128.load (i32.add (local.get $query) (i32.shl (local.get $j) (i32.const 1)))))))
            (local.set $acc2
              (i32x4.add (local.get $acc2)
                (i32x4.dot_i16x8_s
                  (i16x8.extend_high_i8x16_s (local.get $v))
                  (v128.load offset=16 (i32.add (local.get $query) (i32.shl (local.get $j) (i32.const 1)))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $dim_loop)))
        (local.set $acc (i32x4.add (local.get $acc) (local.get $acc2)))
        (f32.store
          (i32.add (local.get $out) (i32.shl (local.get $row) (i32.const 2)))
          (f32.mul
            (f32.mul
              (f32.convert_i32_s
                (i32.add
                  (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
                  (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
              (f32.load (i32.add (local.get $factor) (i32.shl (local.get $row) (i32.const 2)))))
            (local.get $scale)))
        (local.set $p (i32.add (local.get $p) (local.get $stride)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows_loop)))
  )

  ;; Symmetric int8 quantization, one scale a row: the float32 rows at `src` (`dim` floats each, a
  ;; multiple of 4) become int8 rows at `dst` (`stride` bytes apart), value = round(x * 127 / max|x|).
  ;; Per row it writes the scale (max|x| / 127) at `scales` and the sum of the squared differences
  ;; between the row and its int8 values times the scale at `residuals` (both f32): the bound the
  ;; re-rank needs on how far an int8 score can be from the float one.
  (func (export "quantize") (param $src i32) (param $rows i32) (param $dim i32) (param $dst i32) (param $stride i32) (param $scales i32) (param $residuals i32)
    (local $row i32) (local $j i32) (local $end i32) (local $p i32) (local $max v128) (local $m f32)
    (local $inv v128) (local $scale v128) (local $x v128) (local $r v128) (local $q v128) (local $d v128) (local $sum v128)
    (local.set $end (i32.shl (local.get $dim) (i32.const 2)))
    (local.set $p (local.get $src))
    (block $rows_done
      (loop $rows_loop
        (br_if $rows_done (i32.ge_u (local.get $row) (local.get $rows)))
        (local.set $max (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $max_done
          (loop $max_loop
            (br_if $max_done (i32.ge_u (local.get $j) (local.get $end)))
            (local.set $max (f32x4.max (local.get $max) (f32x4.abs (v128.load (i32.add (local.get $p) (local.get $j))))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $max_loop)))
        (local.set $m
          (f32.max
            (f32.max (f32x4.extract_lane 0 (local.get $max)) (f32x4.extract_lane 1 (local.get $max)))
            (f32.max (f32x4.extract_lane 2 (local.get $max)) (f32x4.extract_lane 3 (local.get $max)))))
        ;; An all-zero row: scale 0, every value 0.
        (local.set $inv (f32x4.splat (select (f32.div (f32.const 127) (local.get $m)) (f32.const 0) (f32.gt (local.get $m) (f32.const 0)))))
        (local.set $scale (f32x4.splat (f32.div (local.get $m) (f32.const 127))))
        (local.set $sum (v128.const f32x4 0 0 0 0))
        (local.set $j (i32.const 0))
        (block $q_done
          (loop $q_loop
            (br_if $q_done (i32.ge_u (local.get $j) (local.get $end)))
            (local.set $x (v128.load (i32.add (local.get $p) (local.get $j))))
            ;; Rounded to the nearest integer by adding 1.5 · 2^23 (whose float spacing is 1): the sum's low
            ;; bits are then the integer, and subtracting the constant again gives it as a float.
            (local.set $r (f32x4.add (f32x4.mul (local.get $x) (local.get $inv)) (v128.const f32x4 12582912 12582912 12582912 12582912)))
            (local.set $q (i32x4.sub (local.get $r) (v128.const i32x4 0x4b400000 0x4b400000 0x4b400000 0x4b400000)))
            (local.set $d (f32x4.sub (local.get $x) (f32x4.mul (f32x4.sub (local.get $r) (v128.const f32x4 12582912 12582912 12582912 12582912)) (local.get $scale))))
            (local.set $sum (f32x4.add (local.get $sum) (f32x4.mul (local.get $d) (local.get $d))))
            ;; Four int32 lanes narrowed to four bytes (saturating), stored at dst + row * stride + j / 4.
            (local.set $q (i16x8.narrow_i32x4_s (local.get $q) (local.get $q)))
            (i32.store
              (i32.add (i32.add (local.get $dst) (i32.mul (local.get $row) (local.get $stride))) (i32.shr_u (local.get $j) (i32.const 2)))
              (i32x4.extract_lane 0 (i8x16.narrow_i16x8_s (local.get $q) (local.get $q))))
            (local.set $j (i32.add (local.get $j) (i32.const 16)))
            (br $q_loop)))
        (f32.store (i32.add (local.get $scales) (i32.shl (local.get $row) (i32.const 2))) (f32x4.extract_lane 0 (local.get $scale)))
        (f32.store
          (i32.add (local.get $residuals) (i32.shl (local.get $row) (i32.const 2)))
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $sum)) (f32x4.extract_lane 1 (local.get $sum)))
            (f32.add (f32x4.extract_lane 2 (local.get $sum)) (f32x4.extract_lane 3 (local.get $sum)))))
        (local.set $p (i32.add (local.get $p) (local.get $end)))
        (local.set $row (i32.add (local.get $row) (i32.const 1)))
        (br $rows_loop)))
  )
)
