import { Pair, Scalar } from 'yaml';
import { isMap, isPair, isScalar } from '../nodeKinds';

/**
 * yaml's node constructors mark each node with Object.defineProperty, which costs more than
 * the rest of reading a simple lesson. The mark is a symbol registered under a public name
 * that the `isScalar`/`isPair` guards read through the prototype chain, so these nodes carry
 * it on a shared prototype instead. If a version of yaml ever reads it differently, the
 * probe below fails and the constructors are used.
 */
const NODE_TYPE = Symbol.for('yaml.node.type');
const scalarPrototype: object = Object.create(Scalar.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.scalar') } });
const pairPrototype: object = Object.create(Pair.prototype, { [NODE_TYPE]: { value: Symbol.for('yaml.pair') } });
const sharedMarkWorks = isScalar(Object.create(scalarPrototype)) && isPair(Object.create(pairPrototype)) && !isMap(Object.create(scalarPrototype));

/** A string scalar as the composer makes one. */
export function scalarNode(value: string, type: Scalar.Type, range: [number, number, number]): Scalar<string> {
  const node: Scalar<string> = sharedMarkWorks ? (Object.create(scalarPrototype) as Scalar<string>) : new Scalar(value);
  node.value = value;
  node.range = range;
  node.source = value;
  node.type = type;
  return node;
}

/** A key–value pair as the composer makes one. */
export function pairNode<V>(key: Scalar<string>, value: V): Pair<Scalar<string>, V> {
  if (!sharedMarkWorks) return new Pair(key, value);
  const pair = Object.create(pairPrototype) as Pair<Scalar<string>, V>;
  pair.key = key;
  pair.value = value;
  return pair;
}
