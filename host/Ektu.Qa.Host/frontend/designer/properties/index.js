import QaPropertiesProvider from './QaPropertiesProvider';

export default {
  __init__: [ 'qaPropertiesProvider' ],
  qaPropertiesProvider: [ 'type', QaPropertiesProvider ],
};
