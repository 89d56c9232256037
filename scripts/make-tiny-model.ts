/**
 * Writes test/fixtures/tiny-model/: a BERT-typed model small enough to commit, loaded by the
 * real Transformers.js code in tests so that no test needs the network.
 *
 * The "network" is one ONNX Gather: each word piece maps to a fixed pseudo-random vector, and
 * the pipeline's mean pooling and normalisation do the rest. Its vectors carry no meaning;
 * only their shape and determinism matter.
 *
 *   npx tsx scripts/make-tiny-model.ts [out-dir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { seededRandom } from '../src/util/seeded-random.js';

export const TINY_DIMENSION = 16;
/** What the tokenizer would accept; the sentence-transformers limit below is what the model "reads". */
export const TINY_MODEL_MAX_LENGTH = 512;
export const TINY_MAX_SEQ_LENGTH = 256;
const SEED = 20200320;

const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];

// Single characters (and their word-piece continuations) make any ASCII text tokenize without [UNK].
const CHARACTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const PUNCTUATION = [...'.,;:!?\'"()[]{}-/&%$#@*+=<>_~`|\\^', '\u2018', '\u2019', '\u201c', '\u201d', '\u2013', '\u2014'];

const WORDS = `
the of and to a in is that for it as was with be by on not he this are or his from at which but
have an they you were her she there been one all we their has would when if so no will can more
about out up them some could what into than its only other new time these two may first then do
any like my now over such our man me even most made after also did many before must through back
years where much your way well down should because each just those people how too little state good
very make world still own see men work long get here between both life being under never day same
another know while last might us great old year off come since against go came right used take three
states himself few house use during without again place around however home small found thought went
say part once general high upon school every don does got united left number course war until always
away something fact though water less public put think almost hand enough far took head yet government
system better set told nothing night end why called didn eyes find going look asked later knew point
next city business give group toward young let room president side social given present several order
national possible rather second face per among form important often things looked early white case john
become large big need four within felt along children saw best church ever least power development light
china chinese foreign ministry spokesperson press conference question answer country countries international
cooperation relations united nations security council support peace economic trade policy issue issues
side sides hope people region regional development global parties party relevant situation measures efforts
epidemic virus covid response leaders visit talks president minister premier bilateral multilateral
##s ##es ##ed ##ing ##ly ##er ##est ##al ##ion ##tion ##ment ##ness ##ity ##ous ##ive ##ful ##less ##able
`;

/** Special tokens first (ids 0-4), then characters, word-piece characters and words, without repeats. */
export function tinyVocabulary(): string[] {
  const pieces = [
    ...SPECIAL,
    ...CHARACTERS,
    ...PUNCTUATION,
    ...CHARACTERS.map((c) => `##${c}`),
    ...WORDS.split(/\s+/).filter((w) => w.length > 0),
  ];
  return [...new Set(pieces)];
}

function tokenizerJson(vocab: string[]): object {
  const id = (token: string): number => vocab.indexOf(token);
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content) => ({
      id: id(content),
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [id(t)], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(vocab.map((token, i) => [token, i])),
    },
  };
}

function tokenizerConfigJson(): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: TINY_MODEL_MAX_LENGTH,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
  };
}

function configJson(vocabSize: number): object {
  return {
    _name_or_path: 'spox/tiny-model',
    architectures: ['BertModel'],
    model_type: 'bert',
    hidden_size: TINY_DIMENSION,
    num_hidden_layers: 0,
    num_attention_heads: 1,
    intermediate_size: TINY_DIMENSION,
    max_position_embeddings: TINY_MODEL_MAX_LENGTH,
    type_vocab_size: 2,
    vocab_size: vocabSize,
    pad_token_id: 0,
  };
}

function embeddingTable(rows: number, dimension: number): Float32Array {
  const next = seededRandom(SEED);
  const table = new Float32Array(rows * dimension);
  for (let i = 0; i < table.length; i++) table[i] = next() * 2 - 1;
  return table;
}

// The few ONNX messages we need (onnx.proto3 field numbers), for protobufjs to encode.
const onnxSchema = {
  nested: {
    ModelProto: {
      fields: {
        ir_version: { id: 1, type: 'int64' },
        producer_name: { id: 2, type: 'string' },
        graph: { id: 7, type: 'GraphProto' },
        opset_import: { id: 8, type: 'OperatorSetIdProto', rule: 'repeated' },
      },
    },
    OperatorSetIdProto: { fields: { domain: { id: 1, type: 'string' }, version: { id: 2, type: 'int64' } } },
    GraphProto: {
      fields: {
        node: { id: 1, type: 'NodeProto', rule: 'repeated' },
        name: { id: 2, type: 'string' },
        initializer: { id: 5, type: 'TensorProto', rule: 'repeated' },
        input: { id: 11, type: 'ValueInfoProto', rule: 'repeated' },
        output: { id: 12, type: 'ValueInfoProto', rule: 'repeated' },
      },
    },
    NodeProto: {
      fields: {
        input: { id: 1, type: 'string', rule: 'repeated' },
        output: { id: 2, type: 'string', rule: 'repeated' },
        name: { id: 3, type: 'string' },
        op_type: { id: 4, type: 'string' },
      },
    },
    TensorProto: {
      fields: {
        dims: { id: 1, type: 'int64', rule: 'repeated' },
        data_type: { id: 2, type: 'int32' },
        name: { id: 8, type: 'string' },
        raw_data: { id: 9, type: 'bytes' },
      },
    },
    ValueInfoProto: { fields: { name: { id: 1, type: 'string' }, type: { id: 2, type: 'TypeProto' } } },
    TypeProto: { fields: { tensor_type: { id: 1, type: 'TensorTypeProto' } } },
    TensorTypeProto: { fields: { elem_type: { id: 1, type: 'int32' }, shape: { id: 2, type: 'TensorShapeProto' } } },
    TensorShapeProto: { fields: { dim: { id: 1, type: 'Dimension', rule: 'repeated' } } },
    Dimension: { fields: { dim_value: { id: 1, type: 'int64' }, dim_param: { id: 2, type: 'string' } } },
  },
};

const FLOAT = 1;
const INT64 = 7;

function valueInfo(name: string, elemType: number, dims: (string | number)[]): object {
  return {
    name,
    type: {
      tensor_type: {
        elem_type: elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dim_param: d } : { dim_value: d })) },
      },
    },
  };
}

/** last_hidden_state = Gather(table, input_ids). The other two inputs are declared because Transformers.js feeds them. */
export function tinyOnnxModel(vocabSize: number, dimension: number): Uint8Array {
  const table = embeddingTable(vocabSize, dimension);
  const model = {
    ir_version: 8,
    producer_name: 'spox scripts/make-tiny-model.ts',
    opset_import: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny_embedding',
      node: [{ name: 'lookup', op_type: 'Gather', input: ['embeddings', 'input_ids'], output: ['last_hidden_state'] }],
      initializer: [
        { name: 'embeddings', data_type: FLOAT, dims: [vocabSize, dimension], raw_data: Buffer.from(table.buffer) },
      ],
      input: [
        valueInfo('input_ids', INT64, ['batch_size', 'sequence_length']),
        valueInfo('attention_mask', INT64, ['batch_size', 'sequence_length']),
        valueInfo('token_type_ids', INT64, ['batch_size', 'sequence_length']),
      ],
      output: [valueInfo('last_hidden_state', FLOAT, ['batch_size', 'sequence_length', dimension])],
    },
  };
  const ModelProto = protobuf.Root.fromJSON(onnxSchema).lookupType('ModelProto');
  return ModelProto.encode(ModelProto.fromObject(model)).finish();
}

const json = (value: object): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every file of the tiny model, by path relative to the model folder. */
export function tinyModelFiles(): Map<string, Uint8Array | string> {
  const vocab = tinyVocabulary();
  return new Map<string, Uint8Array | string>([
    ['config.json', json(configJson(vocab.length))],
    ['tokenizer.json', json(tokenizerJson(vocab))],
    ['tokenizer_config.json', json(tokenizerConfigJson())],
    // sentence-transformers' own limit, as in the real MiniLM repos (tokenizer says 512, model reads 256).
    ['sentence_bert_config.json', json({ max_seq_length: TINY_MAX_SEQ_LENGTH, do_lower_case: false })],
    // Transformers.js loads onnx/model_quantized.onnx when quantized: true, as spox always asks.
    ['onnx/model_quantized.onnx', tinyOnnxModel(vocab.length, TINY_DIMENSION)],
  ]);
}

export function writeTinyModel(outDir: string): string[] {
  const written: string[] = [];
  for (const [relative, content] of tinyModelFiles()) {
    const file = path.join(outDir, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    written.push(relative);
  }
  return written;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const outDir = path.resolve(process.argv[2] ?? 'test/fixtures/tiny-model');
  for (const relative of writeTinyModel(outDir)) console.log(path.join(outDir, relative));
}
