import SubsetPaletteProvider from './SubsetPaletteProvider';
import SubsetContextPadProvider from './SubsetContextPadProvider';
import SubsetReplaceMenuProvider from './SubsetReplaceMenuProvider';

export default {
  __init__: [ 'subsetPaletteProvider', 'subsetContextPadProvider', 'subsetReplaceMenuProvider' ],
  subsetPaletteProvider: [ 'type', SubsetPaletteProvider ],
  subsetContextPadProvider: [ 'type', SubsetContextPadProvider ],
  subsetReplaceMenuProvider: [ 'type', SubsetReplaceMenuProvider ],
};
