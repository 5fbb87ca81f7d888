import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";

type Props = { children?: ReactNode };

/**
 * Server components here are async functions without hooks. React's string renderer cannot await them,
 * so resolve the tree first: call each function component (awaiting it), keep host elements, recurse.
 */
const resolve = async (node: ReactNode): Promise<ReactNode> => {
  if (Array.isArray(node)) return Promise.all(node.map(resolve));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<Props>;
  if (typeof element.type === "function") {
    let rendered: ReactNode;
    try {
      rendered = await (element.type as (props: Props) => ReactNode | Promise<ReactNode>)(element.props);
    } catch (error) {
      // A client island calls hooks, which only work inside React's renderer: leave it to renderToStaticMarkup.
      if (error instanceof TypeError && /useSyncExternalStore|useState|useEffect|useMemo/.test(error.message)) return element;
      throw error;
    }
    return resolve(rendered);
  }
  const children = element.props.children;
  if (children === undefined) return element;
  const resolved = await Promise.all(Children.toArray(children).map(resolve));
  return cloneElement(element, undefined, ...resolved);
};

export const renderServer = async (node: ReactNode) => renderToStaticMarkup(<>{await resolve(node)}</>);
